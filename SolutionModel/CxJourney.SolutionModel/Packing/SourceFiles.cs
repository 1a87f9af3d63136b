using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// The XML files of Solution/ as the packer copies them, loaded once each. Which files to load
/// comes from the reader's model (each item's <see cref="SourceLocation"/>), so
/// the packer never walks the folders on its own.
/// </summary>
internal sealed class SourceFiles
{
    private readonly Dictionary<string, XDocument> _documents = new(StringComparer.Ordinal);

    public SourceFiles(string rootFolder)
    {
        RootFolder = rootFolder;
    }

    public string RootFolder { get; }

    public string FullPath(string relativePath) => Path.Combine(RootFolder, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public XElement Root(string relativePath)
    {
        if (!_documents.TryGetValue(relativePath, out var document))
        {
            try
            {
                document = PackageXml.Load(FullPath(relativePath));
            }
            catch (Exception ex) when (ex is IOException or XmlException or UnauthorizedAccessException)
            {
                throw new PackException($"{relativePath}: cannot be read: {ex.Message}", ex);
            }
            _documents.Add(relativePath, document);
        }
        return document.Root!;
    }

    public byte[] Bytes(string relativePath)
    {
        try
        {
            return File.ReadAllBytes(FullPath(relativePath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PackException($"{relativePath}: cannot be read: {ex.Message}", ex);
        }
    }
}
