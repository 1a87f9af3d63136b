using System.Collections.Generic;
using System.Xml.Linq;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads an &lt;optionset&gt;: options, states (with default status) or statuses (with state).</summary>
internal static class OptionSetParser
{
    public static OptionSetDefinition? Parse(ReadContext context, XElement element)
    {
        var name = context.RequiredAttr(element, "Name");
        var kind = ParseKind(context, element);
        if (kind is null) return null;

        var options = new List<ChoiceOption>();
        var seen = new HashSet<int>();
        foreach (var option in OptionElements(element, kind.Value))
        {
            var parsed = ParseOption(context, option, kind.Value);
            if (parsed is null) continue;
            if (!seen.Add(parsed.Value))
            {
                context.Error(option, $"option value {parsed.Value} appears more than once in option set '{name}'");
                continue;
            }
            options.Add(parsed);
        }

        return new OptionSetDefinition
        {
            Name = name,
            DisplayName = context.Label(element.Element("displaynames"), "displayname") ?? ReadContext.Attr(element, "localizedName") ?? name,
            Description = context.Label(element.Element("Descriptions"), "Description"),
            Kind = kind.Value,
            IsGlobal = context.Flag(element, "IsGlobal") ?? false,
            Options = options,
            Source = context.Locate(element),
        };
    }

    private static ChoiceKind? ParseKind(ReadContext context, XElement element)
    {
        var text = ReadContext.TrimmedText(element, "OptionSetType");
        if (text is null)
        {
            if (element.Element("states") is not null) return ChoiceKind.State;
            if (element.Element("statuses") is not null) return ChoiceKind.Status;
            return ChoiceKind.Picklist;
        }
        switch (text.ToLowerInvariant())
        {
            case "picklist":
                return ChoiceKind.Picklist;
            case "state":
                return ChoiceKind.State;
            case "status":
                return ChoiceKind.Status;
            case "bit":
                return ChoiceKind.Boolean;
            default:
                context.Error(element.Element("OptionSetType")!, $"<OptionSetType> '{text}' is not picklist, state, status or bit");
                return null;
        }
    }

    private static IEnumerable<XElement> OptionElements(XElement element, ChoiceKind kind) => kind switch
    {
        ChoiceKind.State => element.Element("states")?.Elements("state") ?? [],
        ChoiceKind.Status => element.Element("statuses")?.Elements("status") ?? [],
        _ => element.Element("options")?.Elements("option") ?? [],
    };

    private static ChoiceOption? ParseOption(ReadContext context, XElement option, ChoiceKind kind)
    {
        var value = context.IntAttr(option, "value", required: true);
        if (value is null) return null;
        var label = context.Label(option.Element("labels"), "label");
        if (label is null) context.Warning(option, $"option {value} has no label");

        int? state = null;
        int? defaultStatus = null;
        string? invariantName = null;
        if (kind == ChoiceKind.State)
        {
            defaultStatus = context.IntAttr(option, "defaultstatus", required: true);
            invariantName = ReadContext.Attr(option, "invariantname");
            if (defaultStatus is null) return null;
        }
        else if (kind == ChoiceKind.Status)
        {
            state = context.IntAttr(option, "state", required: true);
            if (state is null) return null;
        }

        return new ChoiceOption
        {
            Value = value.Value,
            Label = label ?? "",
            Description = context.Label(option.Element("Descriptions"), "Description"),
            State = state,
            DefaultStatus = defaultStatus,
            InvariantName = invariantName,
        };
    }
}
