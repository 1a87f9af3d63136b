using System;
using CxJourney.Emulator.Tests.Solution;
using CxJourney.SolutionModel.Catalog;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>
/// A local organization with the fixture solution fixtures/solutions/local-organization: a
/// cxt_device table (alternate keys on cxt_serial and on cxt_region + cxt_code, lookups to
/// contact (RemoveLink) and account (Restrict), N:N cxt_device_contact) and a cxt_part table
/// whose parts are deleted with their device (Cascade).
/// </summary>
public abstract class CustomTablesFixture : OrganizationFixture
{
    private static readonly Lazy<MetadataCatalog> Catalog = new(() => MetadataCatalog.Load(SolutionFixtures.Fixture("local-organization")));

    protected CustomTablesFixture()
        : base(Catalog.Value)
    {
    }

    protected Guid NewDevice(string name = "Thermostat", string? serial = null, string? region = null, int? code = null)
    {
        var device = new Entity("cxt_device") { ["cxt_name"] = name };
        if (serial is not null) device["cxt_serial"] = serial;
        if (region is not null) device["cxt_region"] = region;
        if (code is not null) device["cxt_code"] = code.Value;
        return Service.Create(device);
    }
}
