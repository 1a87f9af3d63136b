using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class ValueTypeTests
{
    [Fact]
    public void Money_and_OptionSetValue_compare_by_value()
    {
        Assert.Equal(new Money(10.5m), new Money(10.50m));
        Assert.NotEqual(new Money(10m), new Money(11m));
        Assert.Equal(new OptionSetValue(100000001), new OptionSetValue(100000001));
        Assert.Equal(new OptionSetValue(3).GetHashCode(), new OptionSetValue(3).GetHashCode());
        Assert.NotEqual(new OptionSetValue(1), new OptionSetValue(2));
        Assert.False(new OptionSetValue(1).Equals(1));
    }

    [Fact]
    public void Relationship_equality_includes_the_primary_entity_role()
    {
        var plain = new Relationship("contact_customer_accounts");

        Assert.Equal(plain, new Relationship("contact_customer_accounts"));
        Assert.Equal(plain.GetHashCode(), new Relationship("contact_customer_accounts").GetHashCode());
        Assert.NotEqual(plain, new Relationship("contact_customer_accounts") { PrimaryEntityRole = EntityRole.Referencing });
        Assert.NotEqual(plain, new Relationship("account_primary_contact"));
        Assert.Equal("contact_customer_accounts", plain.ToString());
    }

    [Fact]
    public void AliasedValue_exposes_its_origin_and_value()
    {
        var aliased = new AliasedValue("account", "name", "Contoso");

        Assert.Equal("account", aliased.EntityLogicalName);
        Assert.Equal("name", aliased.AttributeLogicalName);
        Assert.Equal("Contoso", aliased.Value);
    }

    [Fact]
    public void OrganizationServiceFault_carries_code_message_and_inner_fault()
    {
        var inner = new OrganizationServiceFault { ErrorCode = -2147220891, Message = "inner" };
        var fault = new ExecuteTransactionFault { ErrorCode = -2147220969, Message = "Record not found", InnerFault = inner, FaultedRequestIndex = 2 };
        fault.ErrorDetails["entity"] = "contact";

        Assert.Equal(-2147220969, fault.ErrorCode);
        Assert.Same(inner, fault.InnerFault);
        Assert.Equal(2, fault.FaultedRequestIndex);
        Assert.Equal("contact", fault.ErrorDetails["entity"]);
        Assert.Contains("Record not found", fault.ToString(), StringComparison.Ordinal);
    }
}
