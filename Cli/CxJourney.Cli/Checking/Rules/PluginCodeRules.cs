using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// Power Apps checker rule il-avoid-batch-plugin, from the built assembly's IL: no batch request type
/// (ExecuteMultiple, ExecuteTransaction, CreateMultiple, UpdateMultiple, UpsertMultiple) may be constructed by code
/// a synchronous step's plug-in type can reach through the call graph, whether as its typed request class or as
/// an OrganizationRequest named after it. Asynchronous steps may use them.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin
internal sealed class AvoidBatchInSyncPluginRule : ICheckRule
{
    public static readonly IReadOnlySet<string> BatchMessages = new HashSet<string>(StringComparer.Ordinal)
    {
        "ExecuteMultiple", "ExecuteTransaction", "CreateMultiple", "UpdateMultiple", "UpsertMultiple",
    };

    public string Name => "il-avoid-batch-plugin";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in context.Solution.Steps.Where(s => s.Mode == PluginStepMode.Synchronous))
        {
            var il = context.Il(QualifiedNames.AssemblyName(step.PluginTypeName));
            if (il is null) continue;
            foreach (var use in il.ReachableFrom(step.PluginClassName))
            {
                var batch = BatchOf(use);
                if (batch is null || !reported.Add(step.PluginClassName + "|" + batch + "|" + use.Method)) continue;
                yield return CheckContext.Error(Name, step.Source,
                    $"{step.PluginClassName} runs in a synchronous step ({step.MessageName} of {step.PrimaryEntity ?? "any table"}) and {use.Method} constructs {batch}: " +
                    "batch request types must not be used in synchronous plug-ins (Power Apps checker il-avoid-batch-plugin)",
                    "write each row with its own request (Create, Update or Upsert), or move the work to an asynchronous step");
            }
        }
    }

    private static string? BatchOf(IlUse use)
    {
        if (use.Kind != "new") return null;
        if (use.Type.StartsWith("Microsoft.Xrm.Sdk.Messages.", StringComparison.Ordinal) && use.Type.EndsWith("Request", StringComparison.Ordinal))
        {
            var message = use.Type["Microsoft.Xrm.Sdk.Messages.".Length..^"Request".Length];
            return BatchMessages.Contains(message) ? use.Type : null;
        }
        return use.Type == "Microsoft.Xrm.Sdk.OrganizationRequest" && use.ConstantBefore is string name && BatchMessages.Contains(name)
            ? $"OrganizationRequest(\"{name}\")" : null;
    }
}

/// <summary>Power Apps checker rule il-specify-column: no query retrieves all columns (new ColumnSet(true), AllColumns = true).</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/work-with-data/retrieve-specific-columns-entity-via-query-apis
internal sealed class SpecifyColumnRule : ICheckRule
{
    public string Name => "il-specify-column";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var assembly in context.Solution.PluginAssemblies)
        {
            var il = context.Il(assembly.Name);
            if (il is null) continue;
            foreach (var use in il.AllUses.Where(u => u.Type == "Microsoft.Xrm.Sdk.Query.ColumnSet" && u.ConstantBefore == "1"
                         && ((u.Kind == "new" && u.Member == ".ctor") || (u.Kind == "call" && u.Member == "set_AllColumns"))).DistinctBy(u => u.Method))
            {
                yield return CheckContext.Error(Name, assembly.Source,
                    $"{use.Method} retrieves all columns (ColumnSet(true) or AllColumns = true): Power Apps checker il-specify-column",
                    "name the columns the code reads: new ColumnSet(\"col1\", \"col2\")");
            }
        }
    }
}

/// <summary>
/// The oldest SDK build the plug-in assembly must load on: 9.0.2.9 (on-premises 9.x organizations run builds from
/// there to 9.0.2.56). A type the assembly references in Microsoft.Xrm.Sdk that 9.0.2.9 lacks (UpsertMultipleRequest
/// came in .56, IPluginExecutionContext4 in .46, PluginTelemetry.ILogger after .9) makes the types that name it fail
/// to load there. The public types of 9.0.2.9 are carried in Checking/Resources (facts only: type names, not members).
/// </summary>
internal sealed class SdkFloorRule : ICheckRule
{
    public const string Floor = "9.0.2.9";

    private static readonly Lazy<IReadOnlySet<string>> FloorTypes = new(Load);

    public string Name => "sdk-floor";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var assembly in context.Solution.PluginAssemblies)
        {
            var il = context.Il(assembly.Name);
            if (il is null || !il.ReferencedTypes.TryGetValue("Microsoft.Xrm.Sdk", out var used)) continue;
            foreach (var type in used.Where(t => !FloorTypes.Value.Contains(t)).Order(StringComparer.Ordinal))
            {
                yield return CheckContext.Error(Name, assembly.Source,
                    $"{assembly.Name} references {type}, which Microsoft.Xrm.Sdk {Floor} (the oldest supported build) does not have: the assembly would not load there",
                    "reach newer-only services through IServiceProvider.GetService with a type found at run time, or leave them out");
            }
        }
    }

    /// <summary>The floor build's public type names, for tests.</summary>
    internal static IReadOnlySet<string> Types => FloorTypes.Value;

    private static IReadOnlySet<string> Load()
    {
        using var stream = typeof(SdkFloorRule).Assembly.GetManifestResourceStream($"Checking/Microsoft.Xrm.Sdk-{Floor}.types.txt")
            ?? throw new InvalidOperationException($"The list of Microsoft.Xrm.Sdk {Floor} types is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("//", StringComparison.Ordinal) || line.Trim().Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            types.Add(parts[^1]);
        }
        return types;
    }
}

/// <summary>
/// Power Apps checker rules on what plug-in code does, from the built IL: il-avoid-parallel-plugin (threads, tasks,
/// Parallel: the sandbox shares one plug-in instance and the platform's transaction is not thread-safe),
/// il-avoid-lock-plugin (lock / Monitor: plug-in instances serve many threads and must not block them), and
/// il-avoid-specialized-update-ops (SetState, Assign and other specialized update requests: use Update).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/do-not-use-parallel-execution-in-plug-ins
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-lock-plugin
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-specialized-update-ops
internal sealed class PluginCodeCheckerRules : ICheckRule
{
    private static readonly IReadOnlySet<string> ParallelTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "System.Threading.Thread", "System.Threading.Tasks.Parallel", "System.Threading.Tasks.Task", "System.Threading.ThreadPool",
    };

    private static readonly IReadOnlySet<string> SpecializedUpdates = new HashSet<string>(StringComparer.Ordinal)
    {
        "SetState", "SetStateDynamicEntity", "Assign", "SetParentSystemUser", "SetParentTeam", "SetParentBusinessUnit",
        "SetBusinessEquipment", "SetBusinessSystemUser",
    };

    public string Name => "il-plugin-code";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var assembly in context.Solution.PluginAssemblies)
        {
            var il = context.Il(assembly.Name);
            if (il is null) continue;
            foreach (var use in il.AllUses.Where(u => u.Kind is "call" or "new" && ParallelTypes.Contains(u.Type)).DistinctBy(u => u.Method))
                yield return CheckContext.Error("il-avoid-parallel-plugin", assembly.Source,
                    $"{use.Method} uses {use.Type}: plug-ins must not start threads or tasks (Power Apps checker il-avoid-parallel-plugin)",
                    "do the work sequentially in the plug-in, or in an asynchronous step");
            foreach (var use in il.AllUses.Where(u => u.Kind == "call" && u.Type == "System.Threading.Monitor" && u.Member is "Enter" or "TryEnter").DistinctBy(u => u.Method))
                yield return CheckContext.Error("il-avoid-lock-plugin", assembly.Source,
                    $"{use.Method} takes a lock: one plug-in instance serves many threads, and a lock makes them wait (Power Apps checker il-avoid-lock-plugin)",
                    "keep per-call state in locals and the execution context; hold no shared mutable state");
            foreach (var use in il.AllUses.Where(u => u.Kind == "new" && IsSpecializedUpdate(u)).DistinctBy(u => u.Method))
                yield return CheckContext.Error("il-avoid-specialized-update-ops", assembly.Source,
                    $"{use.Method} sends a specialized update request ({use.Type}{(use.ConstantBefore is null ? "" : " \"" + use.ConstantBefore + "\"")}) (Power Apps checker il-avoid-specialized-update-ops)",
                    "set the columns (statecode/statuscode, ownerid, ...) with an Update");
        }
    }

    private static bool IsSpecializedUpdate(IlUse use)
    {
        if (use.Type.StartsWith("Microsoft.Crm.Sdk.Messages.", StringComparison.Ordinal) && use.Type.EndsWith("Request", StringComparison.Ordinal))
            return SpecializedUpdates.Contains(use.Type["Microsoft.Crm.Sdk.Messages.".Length..^"Request".Length]);
        return use.Type == "Microsoft.Xrm.Sdk.OrganizationRequest" && use.ConstantBefore is string name && SpecializedUpdates.Contains(name);
    }
}
