using System;
using System.Xml.Linq;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads an &lt;EntityRelationship&gt; with its type, ends and cascade rules.</summary>
internal static class RelationshipParser
{
    public static RelationshipDefinition? Parse(ReadContext context, XElement element)
    {
        var name = context.RequiredAttr(element, "Name");
        var typeText = ReadContext.TrimmedText(element, "EntityRelationshipType");
        RelationshipKind kind;
        switch (typeText)
        {
            case "OneToMany":
                kind = RelationshipKind.OneToMany;
                break;
            case "ManyToMany":
                kind = RelationshipKind.ManyToMany;
                break;
            case null:
                context.Error(element, $"relationship '{name}' has no <EntityRelationshipType>");
                return null;
            default:
                context.Error(element.Element("EntityRelationshipType")!, $"<EntityRelationshipType> '{typeText}' is not OneToMany or ManyToMany");
                return null;
        }

        if (kind == RelationshipKind.OneToMany)
        {
            var referencing = context.RequiredText(element, "ReferencingEntityName");
            var referenced = context.RequiredText(element, "ReferencedEntityName");
            var attribute = context.RequiredText(element, "ReferencingAttributeName");
            if (name.Length == 0 || referencing.Length == 0 || referenced.Length == 0 || attribute.Length == 0) return null;
            return new RelationshipDefinition
            {
                Name = name,
                Kind = kind,
                ReferencingEntityName = referencing,
                ReferencedEntityName = referenced,
                ReferencingAttributeName = attribute,
                CascadeAssign = Cascade(context, element, "CascadeAssign"),
                CascadeDelete = Cascade(context, element, "CascadeDelete"),
                CascadeReparent = Cascade(context, element, "CascadeReparent"),
                CascadeShare = Cascade(context, element, "CascadeShare"),
                CascadeUnshare = Cascade(context, element, "CascadeUnshare"),
                CascadeArchive = Cascade(context, element, "CascadeArchive"),
                IsHierarchical = context.Flag(element, "IsHierarchical") ?? false,
                IsCustomizable = context.Flag(element, "IsCustomizable") ?? true,
                Source = context.Locate(element),
            };
        }

        var first = context.RequiredText(element, "FirstEntityName");
        var second = context.RequiredText(element, "SecondEntityName");
        var intersect = context.RequiredText(element, "IntersectEntityName");
        if (name.Length == 0 || first.Length == 0 || second.Length == 0 || intersect.Length == 0) return null;
        return new RelationshipDefinition
        {
            Name = name,
            Kind = kind,
            FirstEntityName = first,
            SecondEntityName = second,
            IntersectEntityName = intersect,
            IsCustomizable = context.Flag(element, "IsCustomizable") ?? true,
            Source = context.Locate(element),
        };
    }

    private static CascadeRule? Cascade(ReadContext context, XElement element, string name)
    {
        var text = ReadContext.TrimmedText(element, name);
        if (text is null) return null;
        if (!char.IsDigit(text[0]) && Enum.TryParse<CascadeRule>(text, ignoreCase: false, out var rule)) return rule;
        context.Error(element.Element(name)!, $"<{name}> '{text}' is not NoCascade, Cascade, Active, UserOwned, RemoveLink or Restrict");
        return null;
    }
}
