using System;
using System.Collections.Generic;
using CxJourney.Emulator;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Messages;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.LocalOrganizationApi;

/// <summary>The request processor's seam for the plug-in pipeline: every message, inner ones included, passes through it.</summary>
public sealed class PipelineSeamTests
{
    private sealed class RecordingPipeline : IRequestPipeline
    {
        public List<string> Seen { get; } = new();

        public Func<OrganizationRequest, RequestContext, Exception?>? FailAfterCore { get; set; }

        public OrganizationResponse Execute(
            OrganizationRequest request,
            RequestContext context,
            IMessageHandler handler,
            Func<OrganizationRequest, RequestContext, OrganizationResponse> coreOperation)
        {
            Seen.Add($"{request.RequestName}<{context.ParentMessageName ?? "-"}>depth{context.Depth}:{(context.IsInTransaction ? "tx" : "no-tx")}");
            OrganizationResponse response = coreOperation(request, context);
            if (FailAfterCore?.Invoke(request, context) is Exception failure) throw failure;
            return response;
        }
    }

    private static (LocalOrganization Org, RecordingPipeline Pipeline) NewOrg()
    {
        LocalOrganization org = LocalOrganization.Create(new LocalOrganizationOptions { IdSeed = 3 });
        var pipeline = new RecordingPipeline();
        org.Processor.Pipeline = pipeline;
        return (org, pipeline);
    }

    [Fact]
    public void Inner_messages_of_a_handler_pass_through_the_pipeline_with_their_parent()
    {
        (LocalOrganization org, RecordingPipeline pipeline) = NewOrg();
        var service = org.GetService();
        pipeline.Seen.Clear();
        Guid contact = service.Create(new Entity("contact") { ["lastname"] = "X" });
        Guid incident = service.Create(new Entity("incident") { ["title"] = "T", ["customerid"] = new EntityReference("contact", contact) });
        pipeline.Seen.Clear();

        service.Execute(new OrganizationRequest("CloseIncident")
        {
            ["IncidentResolution"] = new Entity("incidentresolution") { ["subject"] = "s", ["incidentid"] = new EntityReference("incident", incident) },
            ["Status"] = new OptionSetValue(5),
        });

        Assert.Equal(
            new[] { "CloseIncident<->depth1:tx", "Create<CloseIncident>depth1:tx", "Update<CloseIncident>depth1:tx", "Update<CloseIncident>depth1:tx" },
            pipeline.Seen);
    }

    [Fact]
    public void Execute_multiple_runs_outside_a_transaction_and_each_item_inside_its_own()
    {
        (LocalOrganization org, RecordingPipeline pipeline) = NewOrg();
        pipeline.Seen.Clear();

        org.GetService().Execute(new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
            Requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("account") { ["name"] = "a" } } },
        });

        Assert.Equal(new[] { "ExecuteMultiple<->depth1:no-tx", "Create<ExecuteMultiple>depth1:tx" }, pipeline.Seen);
    }

    [Fact]
    public void A_fault_raised_after_the_core_operation_rolls_the_request_back()
    {
        (LocalOrganization org, RecordingPipeline pipeline) = NewOrg();
        pipeline.FailAfterCore = (request, _) => request.RequestName == "Create" ? Fault.Create(ErrorCodes.InvalidOperation, "post-operation plug-in failed") : null;

        Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.GetService().Create(new Entity("account") { ["name"] = "a" }));

        Assert.Equal(0, org.Count("account"));
    }

    [Fact]
    public void A_raw_exception_escaping_the_pipeline_becomes_a_service_fault_and_rolls_back()
    {
        (LocalOrganization org, RecordingPipeline pipeline) = NewOrg();
        pipeline.FailAfterCore = (_, _) => new InvalidOperationException("bug in a plug-in");

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.GetService().Create(new Entity("account") { ["name"] = "a" }));

        Assert.Equal(ErrorCodes.UnExpected, fault.Detail.ErrorCode);
        Assert.Equal(0, org.Count("account"));
    }

    [Fact]
    public void A_plugin_call_is_one_level_deeper_in_the_same_transaction()
    {
        RequestContext outer = RequestContext.ForCaller(Guid.NewGuid());
        var user = Guid.NewGuid();

        RequestContext inner = outer.ForPluginCall(user, "Create");

        Assert.Equal(2, inner.Depth);
        Assert.Equal(user, inner.UserId);
        Assert.Equal(outer.InitiatingUserId, inner.InitiatingUserId);
        Assert.Equal(outer.CorrelationId, inner.CorrelationId);
        Assert.Same(outer, inner.Parent);
    }
}
