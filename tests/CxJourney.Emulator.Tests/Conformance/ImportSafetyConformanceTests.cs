using System;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.SolutionModel;
using CxJourney.Emulator.Tests.Pipeline;
using CxJourney.Emulator.Tests.Solution;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>
/// What a real organization refuses at run time and the local one must refuse too: batch requests from a
/// synchronous step, a synchronous plug-in carrying on after a failed data operation, requests that use an
/// alternate key whose index is still being built, numbers outside a column's range.
/// </summary>
public sealed class ImportSafetyConformanceTests
{
    private static readonly TimeSpan IndexBuild = TimeSpan.FromMinutes(10);

    /// <summary>A plug-in whose body is a lambda over the organization service, for one unit-mode run.</summary>
    private sealed class LambdaPlugin : IPlugin
    {
        private readonly Action<IOrganizationService> _body;

        public LambdaPlugin(Action<IOrganizationService> body) { _body = body; }

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            _body(factory.CreateOrganizationService(context.UserId));
        }
    }

    private static LocalOrganization Organization() => PipelineFixtures.Organization("transactions");

    private static PluginUnitContext PostCreate(PluginStepMode mode) => new()
    {
        MessageName = "Create",
        Stage = PluginStepStage.PostOperation,
        Mode = mode,
        Target = new Entity("account", Guid.NewGuid()) { ["name"] = "Trigger" },
    };

    private static OrganizationRequest[] BatchRequests() =>
    [
        new ExecuteMultipleRequest
        {
            Requests = [new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Batch" } }],
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
        },
        new ExecuteTransactionRequest { Requests = [new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Batch" } }] },
        new CreateMultipleRequest { Targets = new EntityCollection([new Entity("contact") { ["lastname"] = "Batch" }]) { EntityName = "contact" } },
        new UpsertMultipleRequest { Targets = new EntityCollection([new Entity("contact", Guid.NewGuid()) { ["lastname"] = "Batch" }]) { EntityName = "contact" } },
    ];

    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin
    // ("Don't use ExecuteMultipleRequest, ExecuteTransactionRequest, CreateMultipleRequest, UpdateMultipleRequest or
    // UpsertMultipleRequest message request classes within plug-ins and workflow activities": Power Apps checker il-avoid-batch-plugin)
    [Fact]
    public void A_batch_request_from_a_synchronous_step_faults_and_names_the_rule_it_breaks()
    {
        LocalOrganization organization = Organization();
        foreach (OrganizationRequest batch in BatchRequests())
        {
            PluginUnitRun run = organization.Plugins().Unit.Run(new LambdaPlugin(s => s.Execute(batch)), PostCreate(PluginStepMode.Synchronous));
            Assert.False(run.Succeeded);
            Assert.Contains("il-avoid-batch-plugin", run.Fault!.Detail.Message);
            Assert.Contains(batch.RequestName, run.Fault.Detail.Message);
        }
        Assert.Equal(0, organization.Count("contact"));
    }

    // Same page: asynchronous steps and client applications may use batch requests.
    [Fact]
    public void A_batch_request_from_an_asynchronous_step_runs()
    {
        LocalOrganization organization = Organization();
        var create = new CreateMultipleRequest { Targets = new EntityCollection([new Entity("contact") { ["lastname"] = "Batch" }]) { EntityName = "contact" } };
        organization.Plugins().Unit.Run(new LambdaPlugin(s => s.Execute(create)), PostCreate(PluginStepMode.Asynchronous)).ThrowIfFailed();
        Assert.Equal(1, organization.Count("contact"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in#error-there-is-no-active-transaction
    [Fact]
    public void A_synchronous_plug_in_that_catches_a_failed_call_and_returns_fails_with_no_active_transaction()
    {
        LocalOrganization organization = Organization();
        PluginUnitRun run = organization.Plugins().Unit.Run(new LambdaPlugin(s =>
        {
            try
            {
                s.Create(new Entity("contact") { ["nosuchcolumn"] = 1 });
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // Swallowed: the transaction is already gone.
            }
        }), PostCreate(PluginStepMode.Synchronous));

        Assert.False(run.Succeeded);
        Assert.Equal(-2147220911, run.Fault!.Detail.ErrorCode);
        Assert.StartsWith("There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.", run.Fault.Detail.Message);
    }

    // Same page: carrying on means the next call meets the ended transaction.
    [Fact]
    public void A_call_after_a_swallowed_failure_in_a_synchronous_step_fails_with_no_active_transaction()
    {
        LocalOrganization organization = Organization();
        FaultException<OrganizationServiceFault>? second = null;
        organization.Plugins().Unit.Run(new LambdaPlugin(s =>
        {
            try { s.Create(new Entity("contact") { ["nosuchcolumn"] = 1 }); }
            catch (FaultException<OrganizationServiceFault>) { }
            try { s.Create(new Entity("contact") { ["lastname"] = "After" }); }
            catch (FaultException<OrganizationServiceFault> fault) { second = fault; throw; }
        }), PostCreate(PluginStepMode.Synchronous));

        Assert.Equal(ErrorCodes.NoActiveTransaction, second!.Detail.ErrorCode);
        Assert.Equal(0, organization.Count("contact"));
    }

    // An asynchronous step has no caller's transaction to lose: it may handle a failed call and go on.
    [Fact]
    public void An_asynchronous_plug_in_may_handle_a_failed_call_and_carry_on()
    {
        LocalOrganization organization = Organization();
        organization.Plugins().Unit.Run(new LambdaPlugin(s =>
        {
            try { s.Create(new Entity("contact") { ["nosuchcolumn"] = 1 }); }
            catch (FaultException<OrganizationServiceFault>) { }
            s.Create(new Entity("contact") { ["lastname"] = "After" });
        }), PostCreate(PluginStepMode.Asynchronous)).ThrowIfFailed();
        Assert.Equal(1, organization.Count("contact"));
    }

    private readonly OrganizationClock _clock = new(new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc));

    private LocalOrganization JustImported() => LocalOrganization.Create(new LocalOrganizationOptions
    {
        SolutionFolder = SolutionFixtures.Fixture("local-organization"),
        AlternateKeyIndexBuild = IndexBuild,
        Clock = _clock,
    });

    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    // (a system job builds the key's index; until EntityKeyIndexStatus is Active, requests that use the key fail)
    [Fact]
    public void Right_after_an_import_a_request_that_uses_an_alternate_key_fails_until_its_index_is_active()
    {
        LocalOrganization organization = JustImported();
        IOrganizationService service = organization.GetService();
        Guid device = service.Create(new Entity("cxt_device") { ["cxt_name"] = "Thermostat", ["cxt_serial"] = "SN-1" });
        Assert.Equal(AlternateKeyIndexStatus.Pending, organization.AlternateKeyStatus("cxt_device", "cxt_device_serial"));

        var byKey = new Entity("cxt_device", "cxt_serial", "SN-1") { ["cxt_name"] = "Renamed" };
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Execute(new UpsertRequest { Target = byKey }));
        Assert.Equal(ErrorCodes.EntityKeyNotActive, fault.Detail.ErrorCode);
        Assert.Contains("cxt_device_serial", fault.Detail.Message);
        Assert.Contains("Pending", fault.Detail.Message);

        // An Upsert that names the row's primary id uses no key: it works while the index builds.
        service.Execute(new UpsertRequest { Target = new Entity("cxt_device", device) { ["cxt_name"] = "By id" } });
        Assert.Equal("By id", organization.Get("cxt_device", device).GetAttributeValue<string>("cxt_name"));

        _clock.Advance(IndexBuild);
        Assert.Equal(AlternateKeyIndexStatus.Active, organization.AlternateKeyStatus("cxt_device", "cxt_device_serial"));
        service.Execute(new UpsertRequest { Target = byKey });
        Assert.Equal("Renamed", organization.Get("cxt_device", device).GetAttributeValue<string>("cxt_name"));
    }

    [Fact]
    public void The_index_jobs_finishing_make_every_key_active_at_once()
    {
        LocalOrganization organization = JustImported();
        organization.ActivateAlternateKeys();
        Assert.Equal(AlternateKeyIndexStatus.Active, organization.AlternateKeyStatus("cxt_device", "cxt_device_region_code"));
        Guid device = organization.GetService().Create(new Entity("cxt_device") { ["cxt_name"] = "A", ["cxt_region"] = "EU", ["cxt_code"] = 7 });
        var byKey = new Entity("cxt_device") { ["cxt_name"] = "B" };
        byKey.KeyAttributes["cxt_region"] = "EU";
        byKey.KeyAttributes["cxt_code"] = 7;
        organization.GetService().Execute(new UpsertRequest { Target = byKey });
        Assert.Equal("B", organization.Get("cxt_device", device).GetAttributeValue<string>("cxt_name"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/entity-attribute-metadata (MinValue, MaxValue of number columns)
    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void A_whole_number_outside_the_columns_range_is_refused(int code)
    {
        LocalOrganization organization = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = SolutionFixtures.Fixture("local-organization") });
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            organization.GetService().Create(new Entity("cxt_device") { ["cxt_name"] = "X", ["cxt_code"] = code }));
        Assert.Contains("is outside the valid range. Accepted Values: 0 to 100000", fault.Detail.Message);
        Assert.Equal(0, organization.Count("cxt_device"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000)]
    public void A_whole_number_at_the_columns_bounds_is_stored(int code)
    {
        LocalOrganization organization = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = SolutionFixtures.Fixture("local-organization") });
        Guid id = organization.GetService().Create(new Entity("cxt_device") { ["cxt_name"] = "X", ["cxt_code"] = code });
        Assert.Equal(code, organization.Get("cxt_device", id).GetAttributeValue<int>("cxt_code"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/entity-attribute-metadata (a column takes values of its type)
    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        LocalOrganization organization = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = SolutionFixtures.Fixture("local-organization") });
        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            organization.GetService().Create(new Entity("cxt_device") { ["cxt_name"] = "X", ["cxt_code"] = 12.5m }));
        Assert.Equal(0, organization.Count("cxt_device"));
    }
}
