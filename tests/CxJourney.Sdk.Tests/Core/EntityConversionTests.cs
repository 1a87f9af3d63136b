using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class EntityConversionTests
{
    [Fact]
    public void ToEntityReference_keeps_logical_name_id_keys_and_row_version()
    {
        var id = Guid.NewGuid();
        var contact = new Entity("contact", id) { RowVersion = "1234" };
        contact.KeyAttributes["emailaddress1"] = "ada@example.com";

        EntityReference reference = contact.ToEntityReference();

        Assert.Equal("contact", reference.LogicalName);
        Assert.Equal(id, reference.Id);
        Assert.Equal("1234", reference.RowVersion);
        Assert.Equal("ada@example.com", reference.KeyAttributes["emailaddress1"]);
        Assert.Null(reference.Name);
    }

    [Fact]
    public void ToEntityReference_without_a_logical_name_is_refused()
    {
        var entity = new Entity { Id = Guid.NewGuid() };

        Assert.Throws<NotSupportedException>(() => entity.ToEntityReference());
    }

    [Fact]
    public void ToEntity_of_Entity_is_a_new_instance_sharing_the_attributes()
    {
        var contact = new Entity("contact", Guid.NewGuid());
        contact["firstname"] = "Ada";

        Entity copy = contact.ToEntity<Entity>();
        copy["lastname"] = "Lovelace";

        Assert.NotSame(contact, copy);
        Assert.Equal(contact.Id, copy.Id);
        Assert.Equal("contact", copy.LogicalName);
        Assert.Same(contact.Attributes, copy.Attributes);
        Assert.Equal("Lovelace", contact["lastname"]);
    }

    [Fact]
    public void ToEntity_converts_to_an_early_bound_type_with_the_same_logical_name()
    {
        var id = Guid.NewGuid();
        var late = new Entity("contact", id);
        late["firstname"] = "Ada";

        EarlyBoundContact early = late.ToEntity<EarlyBoundContact>();

        Assert.Equal(id, early.Id);
        Assert.Equal("Ada", early.FirstName);
    }

    [Fact]
    public void ToEntity_to_an_early_bound_type_of_another_table_is_refused()
    {
        var account = new Entity("account", Guid.NewGuid());

        Assert.Throws<NotSupportedException>(() => account.ToEntity<EarlyBoundContact>());
    }

    [Fact]
    public void Alternate_key_constructors_fill_KeyAttributes_and_leave_the_id_empty()
    {
        var single = new Entity("contact", "emailaddress1", "ada@example.com");
        var keys = new KeyAttributeCollection { { "firstname", "Ada" }, { "lastname", "Lovelace" } };
        var composite = new Entity("contact", keys);

        Assert.Equal(Guid.Empty, single.Id);
        Assert.Equal("ada@example.com", single.KeyAttributes["emailaddress1"]);
        Assert.Empty(single.Attributes);
        Assert.Same(keys, composite.KeyAttributes);
        Assert.Equal(2, composite.KeyAttributes.Count);
    }

    private sealed class EarlyBoundContact : Entity
    {
        public EarlyBoundContact()
            : base("contact")
        {
        }

        public string? FirstName => GetAttributeValue<string>("firstname");
    }
}
