using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel;

/// <summary>
/// Platform messages whose sdkmessageid is the same in every organization, so a step file can name
/// its message by id alone. Only ids Microsoft publishes are listed: the account message list in
/// "Use messages with the SDK for .NET"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages#table-support-for-messages).
/// Steps on other messages (Associate, CreateMultiple, custom APIs) are recognised by their step name.
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

    private static readonly Dictionary<Guid, string> NamesById = new()
    {
        [Assign] = "Assign",
        [Create] = "Create",
        [Delete] = "Delete",
        [GrantAccess] = "GrantAccess",
        [Merge] = "Merge",
        [ModifyAccess] = "ModifyAccess",
        [Retrieve] = "Retrieve",
        [RetrieveMultiple] = "RetrieveMultiple",
        [RetrievePrincipalAccess] = "RetrievePrincipalAccess",
        [RetrieveSharedPrincipalsAndAccess] = "RetrieveSharedPrincipalsAndAccess",
        [RevokeAccess] = "RevokeAccess",
        [SetState] = "SetState",
        [SetStateDynamicEntity] = "SetStateDynamicEntity",
        [Update] = "Update",
    };

    private static readonly Dictionary<string, Guid> IdsByName = Invert();

    public static IReadOnlyDictionary<Guid, string> Known => NamesById;

    public static bool TryGetName(Guid sdkMessageId, out string name)
    {
        if (NamesById.TryGetValue(sdkMessageId, out var found))
        {
            name = found;
            return true;
        }
        name = "";
        return false;
    }

    /// <summary>The id of a documented message; names compare ignoring case.</summary>
    public static bool TryGetId(string messageName, out Guid sdkMessageId)
        => IdsByName.TryGetValue(messageName, out sdkMessageId);

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

    private static Dictionary<string, Guid> Invert()
    {
        var ids = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, name) in NamesById) ids[name] = id;
        return ids;
    }
}
