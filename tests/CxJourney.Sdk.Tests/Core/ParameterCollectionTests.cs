using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class ParameterCollectionTests
{
    [Fact]
    public void TryGetValue_of_T_returns_a_present_value_of_that_type()
    {
        var parameters = new ParameterCollection();
        var target = new Entity("contact");
        parameters["Target"] = target;

        Assert.True(parameters.TryGetValue("Target", out Entity entity));
        Assert.Same(target, entity);
    }

    [Fact]
    public void TryGetValue_of_T_is_false_for_another_type_so_a_Delete_target_is_not_mistaken_for_an_entity()
    {
        var parameters = new ParameterCollection();
        parameters["Target"] = new EntityReference("contact", Guid.NewGuid());

        Assert.False(parameters.TryGetValue("Target", out Entity entity));
        Assert.Null(entity);
        Assert.True(parameters.TryGetValue("Target", out EntityReference reference));
        Assert.Equal("contact", reference.LogicalName);
    }

    [Fact]
    public void TryGetValue_of_T_is_false_for_a_missing_key_or_a_null_value()
    {
        var parameters = new ParameterCollection();
        parameters["Caller"] = null;

        Assert.False(parameters.TryGetValue("Target", out Entity _));
        Assert.False(parameters.TryGetValue("Caller", out EntityReference _));
        Assert.False(parameters.TryGetValue("Depth", out int depth));
        Assert.Equal(0, depth);
    }

    [Fact]
    public void AddOrUpdateIfNotNull_adds_and_replaces_values_and_ignores_null()
    {
        var parameters = new ParameterCollection();
        parameters.AddOrUpdateIfNotNull("Tag", "first");
        parameters.AddOrUpdateIfNotNull("Tag", "second");
        parameters.AddOrUpdateIfNotNull("Missing", null);
        parameters.AddOrUpdateIfNotNull("Tag", null);

        Assert.Equal("second", parameters["Tag"]);
        Assert.False(parameters.Contains("Missing"));
    }

    [Fact]
    public void Request_indexer_reads_and_writes_its_parameters()
    {
        var request = new OrganizationRequest("Create");
        var target = new Entity("contact");
        request["Target"] = target;

        Assert.Equal("Create", request.RequestName);
        Assert.Same(target, request.Parameters["Target"]);
        Assert.Null(request.RequestId);
    }

    [Fact]
    public void Response_indexer_reads_and_writes_its_results()
    {
        var id = Guid.NewGuid();
        var response = new OrganizationResponse { ResponseName = "Create" };
        response.Results["id"] = id;

        Assert.Equal(id, response["id"]);
        Assert.Empty(new OrganizationResponse().Results);
    }
}
