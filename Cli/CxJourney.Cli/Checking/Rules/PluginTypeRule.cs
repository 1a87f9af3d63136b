using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// Every plugin type a .data.xml lists and every class a step names exists in the built binary
/// and implements Microsoft.Xrm.Sdk.IPlugin (itself or through a base class of the assembly),
/// as a public, concrete class the platform can instantiate; a step's type is registered in its
/// assembly's .data.xml with the same PluginTypeId.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in (a plug-in is a class implementing IPlugin)
internal sealed class PluginTypeRule : ICheckRule
{
    public string Name => "plugin-type";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var assembly in context.Solution.PluginAssemblies)
        {
            var built = context.Built(assembly.Name);
            if (built is null) continue;
            foreach (var type in assembly.PluginTypes)
            {
                var problem = Classify(built, type.TypeName, type.WorkflowActivityGroupName is not null);
                if (problem is not null) yield return CheckContext.Error(Name, type.Source, problem.Value.What, problem.Value.Fix);
            }
        }

        foreach (var step in context.Solution.Steps)
        {
            var className = step.PluginClassName;
            var assemblyName = QualifiedNames.AssemblyName(step.PluginTypeName);
            var assembly = context.FindAssembly(assemblyName);
            if (assembly is null)
            {
                yield return CheckContext.Error(Name, step.Source,
                    assemblyName.Length == 0
                        ? $"<PluginTypeName> '{step.PluginTypeName}' names no assembly"
                        : $"<PluginTypeName> names assembly '{assemblyName}', which no PluginAssemblies/*.dll.data.xml defines",
                    "write the class's assembly-qualified name (Namespace.Class, Assembly, Version=..., Culture=neutral, PublicKeyToken=...)");
                continue;
            }

            var registered = assembly.PluginTypes.FirstOrDefault(t => t.TypeName == className);
            if (registered is null)
                yield return CheckContext.Error(Name, step.Source, $"plugin type {className} is not listed in {assembly.Source.File}",
                    $"add <PluginType Name=\"{className}\" ...> to it, or name a listed class in <PluginTypeName>");
            else if (step.PluginTypeId is { } typeId && typeId != registered.Id)
                yield return CheckContext.Error(Name, step.Source, $"<PluginTypeId> {typeId} is not the id of {className} ({registered.Id}) in {assembly.Source.File}",
                    $"write <PluginTypeId>{registered.Id}</PluginTypeId>");

            var built = context.Built(assembly.Name);
            if (built is null) continue;
            var problem = Classify(built, className, workflowActivity: false);
            if (problem is not null) yield return CheckContext.Error(Name, step.Source, problem.Value.What, problem.Value.Fix);
        }
    }

    private static (string What, string Fix)? Classify(InspectedAssembly built, string className, bool workflowActivity)
    {
        var file = Path.GetFileName(built.Path);
        if (!built.Types.TryGetValue(className, out var type))
            return ($"class {className} does not exist in {file}", "fix the class name (namespace included) or add the class to the plugin project");
        if (workflowActivity)
        {
            if (!type.IsCodeActivity)
                return ($"class {className} does not derive from System.Activities.CodeActivity", "derive it from CodeActivity or drop <WorkflowActivityGroupName>");
        }
        else if (!type.ImplementsIPlugin)
        {
            return ($"class {className} in {file} does not implement Microsoft.Xrm.Sdk.IPlugin", "derive it from PluginBase or implement IPlugin");
        }
        if (!type.IsPublic || type.IsAbstract || type.IsInterface)
            return ($"class {className} is not a public, non-abstract class, so the platform cannot create it", "make it public and concrete");
        return null;
    }
}
