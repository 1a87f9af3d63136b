using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class DataCollectionTests
{
    [Fact]
    public void Keyed_collection_indexer_adds_and_replaces_but_Add_refuses_a_duplicate()
    {
        var attributes = new AttributeCollection();
        attributes["firstname"] = "Ada";
        attributes["firstname"] = "Grace";

        Assert.Equal("Grace", attributes["firstname"]);
        Assert.Throws<ArgumentException>(() => attributes.Add("firstname", "Marie"));
        Assert.Single(attributes);
    }

    [Fact]
    public void Keyed_collection_missing_key_throws_in_the_indexer_but_not_in_TryGetValue()
    {
        var values = new FormattedValueCollection();

        Assert.Throws<KeyNotFoundException>(() => values["statuscode"]);
        Assert.False(values.TryGetValue("statuscode", out string? formatted));
        Assert.Null(formatted);
    }

    [Fact]
    public void Contains_checks_keys_and_key_value_pairs()
    {
        var attributes = new AttributeCollection { { "firstname", "Ada" } };

        Assert.True(attributes.Contains("firstname"));
        Assert.True(attributes.ContainsKey("firstname"));
        Assert.True(attributes.Contains(new KeyValuePair<string, object?>("firstname", "Ada")));
        Assert.False(attributes.Contains(new KeyValuePair<string, object?>("firstname", "Grace")));
        Assert.False(attributes.Contains("lastname"));
    }

    [Fact]
    public void Keyed_collection_enumerates_keys_values_and_pairs()
    {
        var attributes = new AttributeCollection();
        attributes.AddRange(
            new KeyValuePair<string, object?>("firstname", "Ada"),
            new KeyValuePair<string, object?>("lastname", "Lovelace"));

        Assert.Equal(2, attributes.Count);
        Assert.Equal(new[] { "firstname", "lastname" }, attributes.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Contains("Lovelace", attributes.Values);
        Assert.Equal(2, attributes.Count());

        var copy = new KeyValuePair<string, object?>[2];
        attributes.CopyTo(copy, 0);
        Assert.Contains(copy, pair => pair.Key == "lastname");

        attributes.Clear();
        Assert.Empty(attributes);
    }

    [Fact]
    public void Remove_by_key_and_by_pair_report_whether_something_was_removed()
    {
        var keys = new KeyAttributeCollection { { "a", 1 }, { "b", 2 } };

        Assert.True(keys.Remove("a"));
        Assert.False(keys.Remove("a"));
        Assert.False(keys.Remove(new KeyValuePair<string, object?>("b", 3)));
        Assert.True(keys.Remove(new KeyValuePair<string, object?>("b", 2)));
        Assert.Empty(keys);
    }

    [Fact]
    public void Related_entities_are_keyed_by_relationship_value()
    {
        var related = new RelatedEntityCollection();
        related[new Relationship("contact_customer_accounts")] = new EntityCollection();

        Assert.True(related.Contains(new Relationship("contact_customer_accounts")));
        Assert.False(related.Contains(new Relationship("contact_customer_accounts") { PrimaryEntityRole = EntityRole.Referenced }));
    }

    [Fact]
    public void List_collection_AddRange_and_ToArray_keep_order()
    {
        var references = new EntityReferenceCollection();
        var first = new EntityReference("contact", Guid.NewGuid());
        var second = new EntityReference("contact", Guid.NewGuid());
        references.AddRange(first, second);
        references.AddRange(new List<EntityReference> { first });

        EntityReference[] array = references.ToArray();

        Assert.Equal(new[] { first, second, first }, array);
        Assert.Equal(3, references.Count);
    }

    [Fact]
    public void List_collection_built_from_a_list_wraps_it()
    {
        var list = new List<OptionSetValue> { new OptionSetValue(1) };
        var options = new OptionSetValueCollection(list);
        list.Add(new OptionSetValue(2));

        Assert.Equal(2, options.Count);
        Assert.Equal(new OptionSetValue(2), options[1]);
    }
}
