using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class EntityReferenceTests
{
    private static readonly Guid ContactId = new Guid("6f0d7a5e-2c1b-4d35-9a3e-1f6c2b8d9e01");

    [Fact]
    public void References_with_the_same_logical_name_and_id_are_equal_whatever_their_name()
    {
        var a = new EntityReference("contact", ContactId) { Name = "Ada" };
        var b = new EntityReference("contact", ContactId) { Name = "Ada Lovelace", RowVersion = "7" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void References_differing_in_id_or_logical_name_are_not_equal()
    {
        var contact = new EntityReference("contact", ContactId);

        Assert.NotEqual(contact, new EntityReference("contact", Guid.NewGuid()));
        Assert.NotEqual(contact, new EntityReference("account", ContactId));
        Assert.False(contact.Equals(null));
        Assert.False(contact.Equals("contact"));
    }

    [Fact]
    public void Equal_references_collapse_in_a_hash_set()
    {
        var set = new HashSet<EntityReference>
        {
            new EntityReference("contact", ContactId),
            new EntityReference("contact", ContactId) { Name = "Ada" },
            new EntityReference("account", ContactId),
        };

        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void Alternate_key_constructors_fill_KeyAttributes()
    {
        var single = new EntityReference("contact", "emailaddress1", "ada@example.com");
        var keys = new KeyAttributeCollection { { "accountnumber", "A-1" } };
        var composite = new EntityReference("account", keys);

        Assert.Equal("contact", single.LogicalName);
        Assert.Equal(Guid.Empty, single.Id);
        Assert.Equal("ada@example.com", single.KeyAttributes["emailaddress1"]);
        Assert.Same(keys, composite.KeyAttributes);
    }

    [Fact]
    public void A_new_reference_has_empty_keys_and_no_name()
    {
        var reference = new EntityReference("contact");

        Assert.Equal(Guid.Empty, reference.Id);
        Assert.Empty(reference.KeyAttributes);
        Assert.Null(reference.Name);
        Assert.Null(reference.RowVersion);
    }
}
