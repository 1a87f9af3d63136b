using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class EntityAttributeTests
{
    // https://learn.microsoft.com/en-us/dotnet/api/microsoft.xrm.sdk.entity.getattributevalue
    // An absent attribute yields default(T): null for SDK and Nullable types, the CLR default otherwise.
    [Fact]
    public void GetAttributeValue_of_an_absent_attribute_returns_the_default_of_T()
    {
        var contact = new Entity("contact");

        Assert.Null(contact.GetAttributeValue<Money>("creditlimit"));
        Assert.Null(contact.GetAttributeValue<EntityReference>("parentcustomerid"));
        Assert.Null(contact.GetAttributeValue<OptionSetValue>("gendercode"));
        Assert.Null(contact.GetAttributeValue<string>("fullname"));
        Assert.Null(contact.GetAttributeValue<int?>("numberofchildren"));
        Assert.Equal(0, contact.GetAttributeValue<int>("numberofchildren"));
        Assert.False(contact.GetAttributeValue<bool>("donotemail"));
        Assert.Equal(0m, contact.GetAttributeValue<decimal>("annualincome"));
        Assert.Equal(Guid.Empty, contact.GetAttributeValue<Guid>("contactid"));
        Assert.Equal(DateTime.MinValue, contact.GetAttributeValue<DateTime>("birthdate"));
    }

    [Fact]
    public void GetAttributeValue_of_an_attribute_set_to_null_returns_the_default_of_T()
    {
        var contact = new Entity("contact");
        contact["numberofchildren"] = null;

        Assert.Equal(0, contact.GetAttributeValue<int>("numberofchildren"));
        Assert.Null(contact.GetAttributeValue<int?>("numberofchildren"));
    }

    [Fact]
    public void GetAttributeValue_returns_a_present_value_typed_and_as_a_Nullable()
    {
        var contact = new Entity("contact");
        var credit = new Money(1500m);
        contact["creditlimit"] = credit;
        contact["numberofchildren"] = 3;

        Assert.Same(credit, contact.GetAttributeValue<Money>("creditlimit"));
        Assert.Equal(3, contact.GetAttributeValue<int>("numberofchildren"));
        Assert.Equal(3, contact.GetAttributeValue<int?>("numberofchildren"));
        Assert.Equal(3, contact.GetAttributeValue<object>("numberofchildren"));
    }

    // The SDK does not convert: asking for the wrong type is a cast error, not a silent default.
    [Fact]
    public void GetAttributeValue_with_the_wrong_type_throws_InvalidCastException()
    {
        var contact = new Entity("contact");
        contact["numberofchildren"] = 3;
        contact["gendercode"] = new OptionSetValue(1);

        Assert.Throws<InvalidCastException>(() => contact.GetAttributeValue<string>("numberofchildren"));
        Assert.Throws<InvalidCastException>(() => contact.GetAttributeValue<long>("numberofchildren"));
        Assert.Throws<InvalidCastException>(() => contact.GetAttributeValue<int>("gendercode"));
    }

    [Fact]
    public void Attribute_names_are_case_sensitive()
    {
        var contact = new Entity("contact");
        contact["firstname"] = "Ada";

        Assert.True(contact.Contains("firstname"));
        Assert.False(contact.Contains("FirstName"));
        Assert.Null(contact.GetAttributeValue<string>("FirstName"));
    }

    [Fact]
    public void Indexer_reading_an_absent_attribute_throws_KeyNotFoundException()
    {
        var contact = new Entity("contact");

        Assert.Throws<KeyNotFoundException>(() => contact["firstname"]);
    }

    [Fact]
    public void Indexer_stores_null_as_a_present_attribute_and_overwrites_values()
    {
        var contact = new Entity("contact");
        contact["firstname"] = "Ada";
        contact["firstname"] = "Grace";
        contact["middlename"] = null;

        Assert.Equal("Grace", contact["firstname"]);
        Assert.True(contact.Contains("middlename"));
        Assert.Null(contact["middlename"]);
        Assert.Equal(2, contact.Attributes.Count);
    }

    [Fact]
    public void Indexer_and_Attributes_are_the_same_store()
    {
        var contact = new Entity("contact");
        contact.Attributes.Add("lastname", "Lovelace");
        contact["firstname"] = "Ada";

        Assert.Equal("Lovelace", contact["lastname"]);
        Assert.Equal("Ada", contact.Attributes["firstname"]);
        Assert.True(contact.Attributes.Remove("lastname"));
        Assert.False(contact.Contains("lastname"));
    }

    [Fact]
    public void TryGetAttributeValue_is_true_only_for_a_present_value_of_the_requested_type()
    {
        var contact = new Entity("contact");
        contact["numberofchildren"] = 2;

        Assert.True(contact.TryGetAttributeValue("numberofchildren", out int children));
        Assert.Equal(2, children);
        Assert.False(contact.TryGetAttributeValue("numberofchildren", out string? _));
        Assert.False(contact.TryGetAttributeValue("firstname", out string? missing));
        Assert.Null(missing);
    }

    [Fact]
    public void Satellite_collections_are_never_null_and_start_empty()
    {
        var entity = new Entity();

        Assert.Null(entity.LogicalName);
        Assert.Equal(Guid.Empty, entity.Id);
        Assert.Empty(entity.Attributes);
        Assert.Empty(entity.FormattedValues);
        Assert.Empty(entity.RelatedEntities);
        Assert.Empty(entity.KeyAttributes);
        Assert.Null(entity.EntityState);
        Assert.Null(entity.RowVersion);
    }
}
