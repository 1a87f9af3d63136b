using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Xml;
using System.Xml.Schema;

namespace CxJourney.Cli.Checking;

/// <summary>
/// Microsoft's solution schema (CustomizationsSolution.xsd 9.0 and its includes), embedded in
/// the tool, compiled once, with the types of the sections a real export still validates against.
/// </summary>
internal sealed class SolutionSchema
{
    private const string BaseUri = "file:///cxjourney-schemas/";
    private static readonly Lazy<SolutionSchema> Instance = new(Load);

    private SolutionSchema(XmlSchemaSet set)
    {
        Set = set;
        PluginAssembly = Type(set, "pluginassemblytype");
        Step = Type(set, "sdkmessageprocessingsteptype");
        WebResource = Type(set, "webresourcetype");
        StepOrder = ((XmlSchemaSequence)Step.ContentTypeParticle).Items.OfType<XmlSchemaElement>().Select(e => e.QualifiedName.Name).ToArray();
        foreach (var (name, type) in new[] { ("PluginAssembly", PluginAssembly), ("SdkMessageProcessingStep", Step), ("WebResource", WebResource) })
            CollectSequences(name, type);
    }

    private readonly Dictionary<string, IReadOnlyList<string>> _sequences = new(StringComparer.Ordinal);

    /// <summary>The children an element of these sections takes, in the schema's order (null for an element it does not describe).</summary>
    public IReadOnlyList<string>? ChildOrder(string elementName) => _sequences.GetValueOrDefault(elementName);

    private void CollectSequences(string elementName, XmlSchemaComplexType type)
    {
        if (_sequences.ContainsKey(elementName) || type.ContentTypeParticle is not XmlSchemaSequence sequence) return;
        var children = sequence.Items.OfType<XmlSchemaElement>().ToList();
        _sequences[elementName] = children.Select(c => c.QualifiedName.Name).ToArray();
        foreach (var child in children)
        {
            if (child.ElementSchemaType is XmlSchemaComplexType complex) CollectSequences(child.QualifiedName.Name, complex);
        }
    }

    public static SolutionSchema Current => Instance.Value;

    public XmlSchemaSet Set { get; }
    public XmlSchemaComplexType PluginAssembly { get; }
    public XmlSchemaComplexType Step { get; }
    public XmlSchemaComplexType WebResource { get; }

    /// <summary>The child elements of a step in the schema's order.</summary>
    public IReadOnlyList<string> StepOrder { get; }

    private static XmlSchemaComplexType Type(XmlSchemaSet set, string name)
        => set.GlobalTypes[new XmlQualifiedName(name)] as XmlSchemaComplexType
           ?? throw new InvalidOperationException($"The embedded solution schema has no complex type {name}.");

    private static SolutionSchema Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = new EmbeddedResolver() };
        using (var stream = EmbeddedResolver.Open("CustomizationsSolution.xsd"))
        using (var reader = XmlReader.Create(stream, settings, BaseUri + "CustomizationsSolution.xsd"))
        {
            set.Add(null, reader);
        }
        set.Compile();
        return new SolutionSchema(set);
    }

    /// <summary>Serves the schema's includes from the tool's own resources, never from disk or network.</summary>
    private sealed class EmbeddedResolver : XmlResolver
    {
        public override ICredentials Credentials
        {
            set { }
        }

        public static Stream Open(string fileName)
            => typeof(SolutionSchema).Assembly.GetManifestResourceStream("Schemas/" + fileName)
               ?? throw new FileNotFoundException($"The solution schema file {fileName} is not embedded in cxjourney.");

        public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
            => Open(Path.GetFileName(absoluteUri.AbsolutePath));
    }
}
