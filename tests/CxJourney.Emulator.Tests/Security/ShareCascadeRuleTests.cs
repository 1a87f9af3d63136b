using System;
using System.Linq;
using CxJourney.Emulator.Security;
using CxJourney.Emulator.Tests.Solution;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>
/// The narrower cascade rules on sharing, on the fixture's device → part relationship configured
/// with Share: Active ("all active referencing records") and Reparent: UserOwned ("all referencing
/// records owned by the same user as the referenced record").
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
public sealed class ShareCascadeRuleTests
{
    private static readonly Lazy<MetadataCatalog> Catalog = new(() =>
    {
        SolutionDefinition solution = SolutionReader.Read(SolutionFixtures.Fixture("local-organization"));
        var relationships = solution.Relationships
            .Select(r => r.Name == "cxt_device_cxt_part"
                ? r with { CascadeShare = CascadeRule.Active, CascadeUnshare = CascadeRule.Active, CascadeReparent = CascadeRule.UserOwned }
                : r)
            .ToList();
        return MetadataCatalog.Create(solution with { Relationships = relationships });
    });

    private readonly SecurityWorld _world = new(Catalog.Value);
    private readonly Guid _owner;
    private readonly Guid _reader;
    private readonly Guid _device;

    public ShareCascadeRuleTests()
    {
        string own = _world.Role("Own devices", PrivilegeDepth.Basic,
            "prvReadcxt_Device", "prvSharecxt_Device", "prvAppendTocxt_Device", "prvReadcxt_Part", "prvSharecxt_Part", "prvAppendcxt_Part", "prvCreatecxt_Part");
        _owner = _world.User("Owner", _world.North, own);
        _reader = _world.User("Reader", _world.South, own);
        _device = Row("cxt_device", "Thermostat", _owner);
    }

    private Guid Row(string table, string name, Guid owner, int? state = null)
    {
        var row = new Entity(table, Guid.NewGuid()) { ["cxt_name"] = name, ["ownerid"] = new EntityReference("systemuser", owner) };
        if (table == "cxt_part") row["cxt_deviceid"] = new EntityReference("cxt_device", _device);
        if (state is int value) row["statecode"] = new OptionSetValue(value);
        _world.Org.Seed(row);
        return row.Id;
    }

    private string?[] PartsSeenBy(Guid user) =>
        _world.As(user).RetrieveMultiple(new QueryExpression("cxt_part") { ColumnSet = new ColumnSet("cxt_name") })
            .Entities.Select(e => e.GetAttributeValue<string>("cxt_name")).Order().ToArray();

    [Fact]
    public void Share_Active_reaches_only_the_active_children()
    {
        Row("cxt_part", "Active part", _owner);
        Row("cxt_part", "Inactive part", _owner, state: 1);

        _world.As(_owner).Execute(new OrganizationRequest("GrantAccess")
        {
            ["Target"] = new EntityReference("cxt_device", _device),
            ["PrincipalAccess"] = new PrincipalAccess(new EntityReference("systemuser", _reader), AccessRights.ReadAccess),
        });

        Assert.Equal(new[] { "Active part" }, PartsSeenBy(_reader));
    }

    [Fact]
    public void Reparent_UserOwned_reaches_only_children_owned_by_the_parents_owner()
    {
        Guid someoneElse = _world.User("Someone", _world.North, "Own devices");
        _world.As(_owner).Execute(new OrganizationRequest("GrantAccess")
        {
            ["Target"] = new EntityReference("cxt_device", _device),
            ["PrincipalAccess"] = new PrincipalAccess(new EntityReference("systemuser", _reader), AccessRights.ReadAccess),
        });

        Row("cxt_part", "Part of the device's owner", _owner);
        Row("cxt_part", "Part of someone else", someoneElse);

        Assert.Equal(new[] { "Part of the device's owner" }, PartsSeenBy(_reader));
    }
}
