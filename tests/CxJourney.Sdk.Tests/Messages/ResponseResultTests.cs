using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Sdk.Tests.Messages;

// Typed responses read OrganizationResponse.Results under the documented output parameter names:
// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages
public class ResponseResultTests
{
    [Fact]
    public void CreateResponse_id_reads_the_lowercase_id_result()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse();
        response.Results["id"] = id;

        Assert.Equal(id, response.id);
    }

    [Fact]
    public void Missing_results_read_as_defaults_rather_than_throwing()
    {
        Assert.Equal(Guid.Empty, new CreateResponse().id);
        Assert.Null(new RetrieveResponse().Entity);
        Assert.False(new UpsertResponse().RecordCreated);
        Assert.False(new ExecuteMultipleResponse().IsFaulted);
    }

    [Fact]
    public void Retrieve_and_RetrieveMultiple_read_Entity_and_EntityCollection()
    {
        var entity = new Entity("contact", Guid.NewGuid());
        var collection = new EntityCollection();
        var retrieve = new RetrieveResponse();
        var retrieveMultiple = new RetrieveMultipleResponse();
        retrieve.Results["Entity"] = entity;
        retrieveMultiple.Results["EntityCollection"] = collection;

        Assert.Same(entity, retrieve.Entity);
        Assert.Same(collection, retrieveMultiple.EntityCollection);
    }

    [Fact]
    public void UpsertResponse_reads_RecordCreated_and_Target()
    {
        var target = new EntityReference("contact", Guid.NewGuid());
        var response = new UpsertResponse();
        response.Results["RecordCreated"] = true;
        response.Results["Target"] = target;

        Assert.True(response.RecordCreated);
        Assert.Same(target, response.Target);
    }

    [Fact]
    public void ExecuteMultipleResponse_reads_IsFaulted_and_Responses()
    {
        var items = new ExecuteMultipleResponseItemCollection();
        var response = new ExecuteMultipleResponse();
        response.Results["IsFaulted"] = true;
        response.Results["Responses"] = items;

        Assert.True(response.IsFaulted);
        Assert.Same(items, response.Responses);
    }

    [Fact]
    public void ExecuteTransactionResponse_reads_Responses()
    {
        var responses = new OrganizationResponseCollection();
        var response = new ExecuteTransactionResponse();
        response.Results["Responses"] = responses;

        Assert.Same(responses, response.Responses);
    }

    [Fact]
    public void CreateMultipleResponse_reads_Ids()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var response = new CreateMultipleResponse();
        response.Results["Ids"] = ids;

        Assert.Equal(ids, response.Ids);
    }

    [Fact]
    public void UpsertMultipleResponse_Results_hides_the_parameter_bag_but_reads_from_it()
    {
        var items = new[] { new UpsertResponse() };
        var response = new UpsertMultipleResponse();
        ((OrganizationResponse)response).Results["Results"] = items;

        Assert.Same(items, response.Results);
        Assert.IsType<ParameterCollection>(((OrganizationResponse)response).Results);
    }
}
