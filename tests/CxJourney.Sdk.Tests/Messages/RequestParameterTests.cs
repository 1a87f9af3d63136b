using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Sdk.Tests.Messages;

// Typed requests are views over OrganizationRequest.Parameters under the documented message parameter names:
// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages
// A plugin sees these same names in IExecutionContext.InputParameters.
public class RequestParameterTests
{
    [Theory]
    [InlineData(typeof(CreateRequest), "Create")]
    [InlineData(typeof(RetrieveRequest), "Retrieve")]
    [InlineData(typeof(UpdateRequest), "Update")]
    [InlineData(typeof(DeleteRequest), "Delete")]
    [InlineData(typeof(RetrieveMultipleRequest), "RetrieveMultiple")]
    [InlineData(typeof(UpsertRequest), "Upsert")]
    [InlineData(typeof(ExecuteMultipleRequest), "ExecuteMultiple")]
    [InlineData(typeof(ExecuteTransactionRequest), "ExecuteTransaction")]
    [InlineData(typeof(CreateMultipleRequest), "CreateMultiple")]
    [InlineData(typeof(UpdateMultipleRequest), "UpdateMultiple")]
    [InlineData(typeof(UpsertMultipleRequest), "UpsertMultiple")]
    [InlineData(typeof(AssociateRequest), "Associate")]
    [InlineData(typeof(DisassociateRequest), "Disassociate")]
    public void Request_carries_its_message_name(Type requestType, string expected)
    {
        var request = (OrganizationRequest)Activator.CreateInstance(requestType)!;

        Assert.Equal(expected, request.RequestName);
    }

    [Fact]
    public void CreateRequest_Target_is_the_Target_parameter_both_ways()
    {
        var first = new Entity("contact");
        var second = new Entity("contact");
        var request = new CreateRequest { Target = first };

        Assert.Same(first, request.Parameters["Target"]);

        request.Parameters["Target"] = second;
        Assert.Same(second, request.Target);
    }

    [Fact]
    public void Required_parameters_exist_from_construction_but_optional_ones_do_not()
    {
        var request = new UpdateRequest();

        Assert.True(request.Parameters.Contains("Target"));
        Assert.Null(request.Target);
        Assert.False(request.Parameters.Contains("ConcurrencyBehavior"));
        Assert.Equal(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);
    }

    [Fact]
    public void Retrieve_and_Delete_put_their_values_under_documented_names()
    {
        var target = new EntityReference("contact", Guid.NewGuid());
        var columns = new ColumnSet("fullname");

        var retrieve = new RetrieveRequest { Target = target, ColumnSet = columns };
        var delete = new DeleteRequest { Target = target, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        Assert.Same(target, retrieve.Parameters["Target"]);
        Assert.Same(columns, retrieve.Parameters["ColumnSet"]);
        Assert.Same(target, delete.Parameters["Target"]);
        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, delete.Parameters["ConcurrencyBehavior"]);
    }

    [Fact]
    public void RetrieveMultiple_puts_the_query_under_Query()
    {
        var query = new QueryExpression("contact");

        var request = new RetrieveMultipleRequest { Query = query };

        Assert.Same(query, request.Parameters["Query"]);
    }

    [Fact]
    public void ExecuteMultiple_puts_Requests_and_Settings_under_their_names()
    {
        var requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("contact") } };
        var settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true };

        var request = new ExecuteMultipleRequest { Requests = requests, Settings = settings };

        Assert.Same(requests, request.Parameters["Requests"]);
        Assert.Same(settings, request.Parameters["Settings"]);
    }

    [Fact]
    public void ExecuteTransaction_ReturnResponses_is_absent_until_set()
    {
        var request = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection() };

        Assert.Null(request.ReturnResponses);
        Assert.False(request.Parameters.Contains("ReturnResponses"));

        request.ReturnResponses = true;

        Assert.Equal(true, request.Parameters["ReturnResponses"]);
        Assert.True(request.ReturnResponses);
    }

    [Fact]
    public void Multiple_requests_put_the_records_under_Targets()
    {
        var targets = new EntityCollection { EntityName = "cx_touchpoint" };

        Assert.Same(targets, new CreateMultipleRequest { Targets = targets }.Parameters["Targets"]);
        Assert.Same(targets, new UpdateMultipleRequest { Targets = targets }.Parameters["Targets"]);
        Assert.Same(targets, new UpsertMultipleRequest { Targets = targets }.Parameters["Targets"]);
    }

    [Fact]
    public void Associate_and_Disassociate_use_Target_Relationship_RelatedEntities()
    {
        var target = new EntityReference("contact", Guid.NewGuid());
        var relationship = new Relationship("cx_contact_journey");
        var related = new EntityReferenceCollection { new EntityReference("cx_journey", Guid.NewGuid()) };

        var associate = new AssociateRequest { Target = target, Relationship = relationship, RelatedEntities = related };
        var disassociate = new DisassociateRequest { Target = target, Relationship = relationship, RelatedEntities = related };

        foreach (var request in new OrganizationRequest[] { associate, disassociate })
        {
            Assert.Same(target, request.Parameters["Target"]);
            Assert.Same(relationship, request.Parameters["Relationship"]);
            Assert.Same(related, request.Parameters["RelatedEntities"]);
        }
    }
}
