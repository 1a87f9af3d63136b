using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>
/// The security roles of Solution/Roles: least privilege for agents, read-all plus rule editing for
/// managers, full configuration for administrators. Privilege names follow the platform's pattern
/// prv&lt;Verb&gt;&lt;table schema name&gt; (prvReadContact, prvAppendTosample_Example in Microsoft's
/// exported samples).
/// </summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges
public sealed class ProductSolutionRoleTests
{
    // Longest first, so "AppendTo" is not read as "Append" + "Tocx_...".
    private static readonly string[] Verbs = ["AppendTo", "Append", "Assign", "Create", "Delete", "Read", "Share", "Write"];

    private static readonly string[] CxTables = ["cx_Journey", "cx_Touchpoint", "cx_Feedback", "cx_CaseScore"];

    private static SecurityRoleDefinition Role(string name) => Assert.Single(ProductSolutionFiles.Solution.Roles, r => r.Name == name);

    private static HashSet<(string Verb, string Table, PrivilegeDepth Depth)> Privileges(string role)
        => Role(role).Privileges.Select(p => Parse(p.Name) is var (verb, table) ? (verb, table, p.Depth) : throw new InvalidOperationException(p.Name)).ToHashSet();

    private static (string Verb, string Table)? Parse(string privilege)
    {
        if (!privilege.StartsWith("prv", StringComparison.Ordinal)) return null;
        var rest = privilege[3..];
        var verb = Verbs.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal));
        return verb is null ? null : (verb, rest[verb.Length..]);
    }

    [Fact]
    public void The_three_roles_exist_with_descriptions_and_are_root_components()
    {
        var roles = ProductSolutionFiles.Solution.Roles;
        Assert.Equal(["CX Administrator", "CX Agent", "CX Manager"], roles.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, roles.Select(r => r.Id).Distinct().Count());
        var rootRoles = ProductSolutionFiles.Solution.Manifest.RootComponents.Where(c => c.Type == 20).Select(c => c.Id).ToHashSet();
        foreach (var role in roles)
        {
            Assert.Contains(role.Id, rootRoles);
            Assert.False(string.IsNullOrWhiteSpace(role.Description));
            Assert.False(role.IsAutoAssigned);
            Assert.Equal($"Roles/{role.Name}.xml", role.Source.File);
        }
    }

    [Fact]
    public void Every_privilege_names_a_verb_and_an_existing_table_by_its_schema_name_once()
    {
        var bySchemaName = ProductSolutionFiles.Catalog.Tables.ToDictionary(t => t.SchemaName, StringComparer.Ordinal);
        foreach (var role in ProductSolutionFiles.Solution.Roles)
        {
            Assert.NotEmpty(role.Privileges);
            Assert.Equal(role.Privileges.Count, role.Privileges.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (var privilege in role.Privileges)
            {
                var parsed = Parse(privilege.Name);
                Assert.True(parsed is not null, $"{role.Name}: '{privilege.Name}' is not prv<Verb><Table>");
                Assert.True(bySchemaName.TryGetValue(parsed.Value.Table, out var table), $"{role.Name}: '{privilege.Name}' names no table by its schema name");
                // An organization-owned table has only organization-wide (Global) privileges.
                if (table.Ownership == TableOwnership.OrganizationOwned) Assert.Equal(PrivilegeDepth.Global, privilege.Depth);
            }
        }
    }

    [Fact]
    public void An_agent_reads_the_business_unit_records_creates_feedback_and_writes_touchpoints_only_to_flag_them()
    {
        var agent = Privileges("CX Agent");
        Assert.Equal(
            new HashSet<(string, string, PrivilegeDepth)>
            {
                ("Read", "cx_Journey", PrivilegeDepth.Local),
                ("Read", "cx_Touchpoint", PrivilegeDepth.Local),
                ("Write", "cx_Touchpoint", PrivilegeDepth.Local),
                ("Read", "cx_CaseScore", PrivilegeDepth.Local),
                ("Create", "cx_Feedback", PrivilegeDepth.Basic),
                ("Read", "cx_Feedback", PrivilegeDepth.Basic),
                ("Append", "cx_Feedback", PrivilegeDepth.Basic),
            },
            agent);
        Assert.DoesNotContain(agent, p => p.Depth is PrivilegeDepth.Global or PrivilegeDepth.Deep);
        Assert.DoesNotContain(agent, p => p.Verb is "Delete" or "Assign" or "Share");
    }

    [Fact]
    public void A_manager_reads_everything_and_sets_its_own_environment_variable_values_but_no_CX_row()
    {
        var manager = Privileges("CX Manager");
        foreach (var table in CxTables) Assert.Contains(("Read", table, PrivilegeDepth.Global), manager);
        Assert.Contains(("Read", "EnvironmentVariableDefinition", PrivilegeDepth.Global), manager);
        Assert.Contains(("Read", "EnvironmentVariableValue", PrivilegeDepth.Global), manager);
        Assert.Contains(("Create", "EnvironmentVariableValue", PrivilegeDepth.Basic), manager);
        // Only values it owns: another solution's value, set by someone else, stays out of reach.
        Assert.Contains(("Write", "EnvironmentVariableValue", PrivilegeDepth.Basic), manager);
        Assert.DoesNotContain(manager, p => p.Table == "EnvironmentVariableValue" && p.Verb != "Read" && p.Depth != PrivilegeDepth.Basic);
        // A new value row is linked to its definition: Append on the value, AppendTo on the definition.
        Assert.Contains(("Append", "EnvironmentVariableValue", PrivilegeDepth.Basic), manager);
        Assert.Contains(("AppendTo", "EnvironmentVariableDefinition", PrivilegeDepth.Global), manager);

        Assert.DoesNotContain(manager, p => CxTables.Contains(p.Table) && p.Verb != "Read");
        Assert.DoesNotContain(manager, p => p.Table == "EnvironmentVariableDefinition" && p.Verb is "Create" or "Write" or "Delete");
        Assert.DoesNotContain(manager, p => p.Verb == "Delete");
    }

    [Fact]
    public void An_administrator_has_every_privilege_on_the_CX_tables_and_configures_only_its_own_variable_values()
    {
        var administrator = Privileges("CX Administrator");
        var cx = CxTables.SelectMany(t => Verbs.Select(v => (v, t, PrivilegeDepth.Global))).ToHashSet();
        Assert.Subset(administrator, cx);
        Assert.Equal(
            new HashSet<(string, string, PrivilegeDepth)>
            {
                ("Read", "EnvironmentVariableDefinition", PrivilegeDepth.Global),
                ("AppendTo", "EnvironmentVariableDefinition", PrivilegeDepth.Global),
                ("Read", "EnvironmentVariableValue", PrivilegeDepth.Global),
                ("Create", "EnvironmentVariableValue", PrivilegeDepth.Basic),
                ("Write", "EnvironmentVariableValue", PrivilegeDepth.Basic),
                ("Delete", "EnvironmentVariableValue", PrivilegeDepth.Basic),
                ("Append", "EnvironmentVariableValue", PrivilegeDepth.Basic),
                ("Assign", "EnvironmentVariableValue", PrivilegeDepth.Basic),
                // The settings copy is read, never written, by an administrator: only the plug-ins write it, from the variables.
                ("Read", "cx_SettingsCopy", PrivilegeDepth.Global),
            },
            administrator.Except(cx).ToHashSet());
    }
}
