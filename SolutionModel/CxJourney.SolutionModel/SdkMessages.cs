using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.SolutionModel;

/// <summary>Which tables a message has a message filter (sdkmessagefilter) for.</summary>
public enum MessageTables
{
    /// <summary>Every table.</summary>
    Every,

    /// <summary>Tables whose rows a user or team owns (access and assignment messages).</summary>
    UserOrTeamOwned,

    /// <summary>Tables with a statecode.</summary>
    WithState,

    /// <summary>Only <see cref="SdkMessageInfo.Listed"/>.</summary>
    Listed,

    /// <summary>Every table but <see cref="SdkMessageInfo.Listed"/>.</summary>
    EveryButListed,
}

/// <summary>The facts about a table that decide whether a message exists on it.</summary>
public readonly record struct MessageTableFacts(string LogicalName, bool UserOrTeamOwned, bool HasState);

/// <summary>
/// A platform message as an import sees it: its name, its id when Microsoft publishes it (null when no
/// public source gives it), the tables it has a message filter for, and the entity-image property of its
/// steps (null when its steps take no images).
/// </summary>
public sealed record SdkMessageInfo(string Name, Guid? Id, MessageTables Tables, IReadOnlySet<string> Listed, string? ImageProperty)
{
    public bool ExistsOn(MessageTableFacts table) => Tables switch
    {
        MessageTables.Every => true,
        MessageTables.UserOrTeamOwned => table.UserOrTeamOwned,
        MessageTables.WithState => table.HasState,
        MessageTables.Listed => Listed.Contains(table.LogicalName),
        _ => !Listed.Contains(table.LogicalName),
    };
}

/// <summary>
/// THE message catalog: the one list of platform messages the Solution/ reader, the local organization's step
/// loader and `cxjourney check` consult. Ids are the same in every organization, but only those Microsoft
/// publishes are listed (the account message list in "Use messages with the SDK for .NET",
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages#table-support-for-messages);
/// a step with any other id fails an import into an organization that does not know it, so the product may
/// use none. CreateMultiple and UpdateMultiple are listed by name only (no public id): "many common standard
/// tables, but not all" have them, and the table references of email, phonecall, appointment and task list
/// neither (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations;
/// .../reference/entities/email). Image properties:
/// https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#messages-that-support-table-images
/// and https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation.
/// </summary>
public static class SdkMessages
{
    public static readonly Guid Assign = new("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Create = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Delete = new("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid GrantAccess = new("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Merge = new("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid ModifyAccess = new("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Retrieve = new("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RetrieveMultiple = new("03bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RetrievePrincipalAccess = new("04bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RetrieveSharedPrincipalsAndAccess = new("10bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid RevokeAccess = new("11bebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid SetState = new("1cbebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid SetStateDynamicEntity = new("1dbebb1b-ea3e-db11-86a7-000a3a5473e8");
    public static readonly Guid Update = new("20bebb1b-ea3e-db11-86a7-000a3a5473e8");

    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Tables whose Microsoft reference lists no CreateMultiple/UpdateMultiple.</summary>
    private static readonly IReadOnlySet<string> WithoutBulk = new HashSet<string>(StringComparer.Ordinal) { "email", "phonecall", "appointment", "task" };

    // https://learn.microsoft.com/power-apps/developer/data-platform/merge-entity ("account, contact, lead, incident")
    private static readonly IReadOnlySet<string> Mergeable = new HashSet<string>(StringComparer.Ordinal) { "account", "contact", "lead", "incident" };

    private static readonly IReadOnlySet<string> Emails = new HashSet<string>(StringComparer.Ordinal) { "email" };

    /// <summary>Every message the catalog knows.</summary>
    public static IReadOnlyList<SdkMessageInfo> Catalog { get; } = new SdkMessageInfo[]
    {
        new("Assign", Assign, MessageTables.UserOrTeamOwned, None, "Target"),
        new("Create", Create, MessageTables.Every, None, "Id"),
        new("Delete", Delete, MessageTables.Every, None, "Target"),
        new("GrantAccess", GrantAccess, MessageTables.UserOrTeamOwned, None, null),
        new("Merge", Merge, MessageTables.Listed, Mergeable, "Target"),
        new("ModifyAccess", ModifyAccess, MessageTables.UserOrTeamOwned, None, null),
        new("Retrieve", Retrieve, MessageTables.Every, None, null),
        new("RetrieveMultiple", RetrieveMultiple, MessageTables.Every, None, null),
        new("RetrievePrincipalAccess", RetrievePrincipalAccess, MessageTables.UserOrTeamOwned, None, null),
        new("RetrieveSharedPrincipalsAndAccess", RetrieveSharedPrincipalsAndAccess, MessageTables.UserOrTeamOwned, None, null),
        new("RevokeAccess", RevokeAccess, MessageTables.UserOrTeamOwned, None, null),
        new("SetState", SetState, MessageTables.WithState, None, "EntityMoniker"),
        new("SetStateDynamicEntity", SetStateDynamicEntity, MessageTables.WithState, None, "EntityMoniker"),
        new("Update", Update, MessageTables.Every, None, "Target"),
        new("CreateMultiple", null, MessageTables.EveryButListed, WithoutBulk, "Ids"),
        new("UpdateMultiple", null, MessageTables.EveryButListed, WithoutBulk, "Targets"),
        new("Send", null, MessageTables.Listed, Emails, "EmailId"),
        new("DeliverIncoming", null, MessageTables.Listed, Emails, "EmailId"),
        new("DeliverPromote", null, MessageTables.Listed, Emails, "EmailId"),
    };

    private static readonly Dictionary<Guid, SdkMessageInfo> ById = Catalog.Where(m => m.Id.HasValue).ToDictionary(m => m.Id!.Value);

    private static readonly Dictionary<string, SdkMessageInfo> ByName = Catalog.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The documented ids and their messages.</summary>
    public static IReadOnlyDictionary<Guid, string> Known { get; } = ById.ToDictionary(p => p.Key, p => p.Value.Name);

    public static bool TryGetName(Guid sdkMessageId, out string name)
    {
        name = ById.TryGetValue(sdkMessageId, out var found) ? found.Name : "";
        return name.Length > 0;
    }

    /// <summary>The id of a documented message; names compare ignoring case.</summary>
    public static bool TryGetId(string messageName, out Guid sdkMessageId)
    {
        sdkMessageId = ByName.TryGetValue(messageName, out var found) && found.Id is Guid id ? id : Guid.Empty;
        return sdkMessageId != Guid.Empty;
    }

    /// <summary>What the catalog knows about a message by name (ignoring case), or null.</summary>
    public static SdkMessageInfo? Find(string messageName) => ByName.GetValueOrDefault(messageName);

    /// <summary>
    /// What an import into an organization that knows <paramref name="organizationIds"/> besides the documented
    /// ids refuses in a step, in the words the import uses; empty when it accepts it. <paramref name="table"/> is
    /// null when the step names no table or the table is unknown (another check reports that).
    /// </summary>
    // "sdkmessage With Id = ... Does Not Exist": the platform's ObjectDoesNotExist text for a missing row.
    // The missing filter: "SDK Message Processing Steps import: FAILURE: Expected to find one SdkMessageFilter for
    // SdkMessageId ..., PrimaryEntity ... and SecondaryEntity 0. Found 0 records." as an import reported it
    // (github.com/MicrosoftDocs/dynamics-365-unified-operations-public/issues/4679; there the entity is its type code).
    public static IEnumerable<string> ImportProblems(PluginStepDefinition step, MessageTableFacts? table, IReadOnlyDictionary<Guid, string>? organizationIds = null)
    {
        string? known = TryGetName(step.SdkMessageId, out var documented) ? documented
            : organizationIds is not null && organizationIds.TryGetValue(step.SdkMessageId, out var extra) ? extra : null;
        if (known is null)
        {
            yield return $"sdkmessage With Id = {step.SdkMessageId:D} Does Not Exist (no public source gives an id for '{step.MessageName}'; the import fails)";
            yield break;
        }
        var info = Find(known);
        if (info is not null && table is MessageTableFacts facts && !info.ExistsOn(facts))
        {
            yield return $"SDK Message Processing Steps import: FAILURE: Expected to find one SdkMessageFilter for SdkMessageId {step.SdkMessageId:D}, PrimaryEntity {facts.LogicalName} and SecondaryEntity 0. Found 0 records. ({known} does not exist on {facts.LogicalName})";
        }
        foreach (var image in step.Images)
        {
            if (info?.ImageProperty is not string expected) continue;
            if (!string.Equals(image.MessagePropertyName, expected, StringComparison.OrdinalIgnoreCase))
                yield return $"image '{image.EntityAlias}': MessagePropertyName '{image.MessagePropertyName}' is not a property of the {known} message that holds an image; {known} images are taken from '{expected}'";
        }
    }

    /// <summary>
    /// The message in a step name written the way the Plugin Registration Tool writes it,
    /// "Namespace.Type: Message of table" (or "of any Entity"); null when the name has another shape.
    /// </summary>
    public static string? MessageFromStepName(string stepName)
    {
        var colon = stepName.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon < 0) return null;
        var rest = stepName[(colon + 2)..].Trim();
        var of = rest.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0) return null;
        var message = rest[..of].Trim();
        foreach (var c in message)
        {
            if (!char.IsLetterOrDigit(c) && c != '_') return null;
        }
        return message;
    }
}
