using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Import;

/// <summary>
/// Imports a packed solution zip into a running local organization, as ImportSolution does in
/// Dataverse: the zip is read by the one solution reader; its tables join the metadata; its steps
/// are registered (sdkmessageprocessingstep rows) and run by the plug-in pipeline; its environment
/// variables and web resources become rows; a solution row records the import. Importing the same
/// solution at the same version again changes nothing. An admin's environment variable values are
/// kept across imports (a solution only ships definitions and defaults).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/importsolutionasync
internal sealed class SolutionImport
{
    private const string SolutionTable = "solution";
    private const string StepTable = "sdkmessageprocessingstep";
    private const string WebResourceTable = "webresource";

    private readonly LocalOrganization _organization;
    private readonly List<SolutionDefinition> _imported = new();

    public SolutionImport(LocalOrganization organization) { _organization = organization; }

    /// <summary>Every solution imported so far, in import order.</summary>
    public IReadOnlyList<SolutionDefinition> Imported => _imported;

    /// <summary>Imports the zip; throws <see cref="SolutionFormatException"/> (and changes nothing) when it cannot be read.</summary>
    public SolutionImportResult Import(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        string folder = Path.Combine(Path.GetTempPath(), "cxjourney-import-" + Guid.NewGuid().ToString("N"));
        try
        {
            try
            {
                using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
                archive.ExtractToDirectory(folder);
            }
            catch (InvalidDataException error)
            {
                throw new InvalidDataException($"The customization file is not a solution zip: {error.Message}", error);
            }
            SolutionDefinition solution = SolutionReader.Read(folder);
            return Apply(solution);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private SolutionImportResult Apply(SolutionDefinition solution)
    {
        OrganizationCore core = _organization.Core;
        SolutionManifest manifest = solution.Manifest;
        bool managed = manifest.Managed == SolutionPackageKind.Managed;
        lock (core.Store.Gate)
        {
            Entity? existing = core.Store.Find(SolutionTable, EnvironmentVariableImport.StableId(SolutionTable, manifest.UniqueName));
            bool same = existing is not null
                && string.Equals(existing.GetAttributeValue<string>("version"), manifest.Version, StringComparison.Ordinal)
                && existing.GetAttributeValue<bool>("ismanaged") == managed;
            if (!same)
            {
                var solutions = _imported.Where(s => !string.Equals(s.Manifest.UniqueName, manifest.UniqueName, StringComparison.OrdinalIgnoreCase)).ToList();
                solutions.Add(solution);
                SolutionDefinition combined = SolutionLayers.Combine(solutions[0], solutions.Skip(1));
                MetadataCatalog catalog = MetadataCatalog.Create(combined);
                MetadataCatalog previous = core.Catalog;
                core.ReplaceCatalog(catalog);
                try
                {
                    _organization.AttachSteps(combined);
                    WriteRows(core, solution, existing is not null, managed);
                }
                catch
                {
                    core.ReplaceCatalog(previous);
                    throw;
                }
                _imported.Clear();
                _imported.AddRange(solutions);
            }
            return new SolutionImportResult(manifest.UniqueName, manifest.Version, managed, !same,
                solution.Tables.Count, solution.Steps.Count, solution.EnvironmentVariables.Count, solution.WebResources.Count);
        }
    }

    private void WriteRows(OrganizationCore core, SolutionDefinition solution, bool upgrade, bool managed)
    {
        StoreTransaction transaction = core.Store.BeginTransaction();
        RequestContext context = RequestContext.ForCaller(_organization.AdminUserId).WithTransaction(transaction);
        try
        {
            DateTime now = ColumnValues.NormalizeDate(core.Clock.UtcNow);
            var row = new Entity(SolutionTable, EnvironmentVariableImport.StableId(SolutionTable, solution.Manifest.UniqueName))
            {
                ["uniquename"] = solution.Manifest.UniqueName,
                ["friendlyname"] = string.IsNullOrEmpty(solution.Manifest.LocalizedName) ? solution.Manifest.UniqueName : solution.Manifest.LocalizedName,
                ["version"] = solution.Manifest.Version,
                ["ismanaged"] = managed,
                ["isvisible"] = true,
                ["installedon"] = now,
            };
            if (solution.Manifest.Description is string description) row["description"] = description;
            Write(core, row, context, upgrade);

            foreach (PluginStepDefinition step in solution.Steps)
            {
                var stepRow = new Entity(StepTable, step.Id)
                {
                    ["name"] = step.Name,
                    ["stage"] = new OptionSetValue((int)step.Stage),
                    ["mode"] = new OptionSetValue((int)step.Mode),
                    ["rank"] = step.Rank,
                    ["asyncautodelete"] = step.AsyncAutoDelete,
                };
                if (step.Description is string stepDescription) stepRow["description"] = stepDescription;
                if (step.FilteringAttributes.Count > 0) stepRow["filteringattributes"] = string.Join(",", step.FilteringAttributes);
                if (step.Configuration is string configuration) stepRow["configuration"] = configuration;
                // An upgrade keeps an admin's enabled/disabled choice; a new step starts enabled.
                if (!core.Store.Contains(StepTable, step.Id)) core.Writer.Create(stepRow, context, WriteMode.Seed);
            }

            foreach (WebResourceDefinition resource in solution.WebResources)
            {
                string path = Path.Combine(solution.RootFolder, resource.ContentFile);
                var resourceRow = new Entity(WebResourceTable, resource.Id)
                {
                    ["name"] = resource.Name,
                    ["displayname"] = resource.DisplayName,
                    ["webresourcetype"] = new OptionSetValue((int)resource.Type),
                };
                if (File.Exists(path)) resourceRow["content"] = Convert.ToBase64String(File.ReadAllBytes(path));
                Write(core, resourceRow, context, core.Store.Contains(WebResourceTable, resource.Id));
            }
            transaction.Commit();
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
        EnvironmentVariableImport.Apply(core, solution, _organization.AdminUserId);
    }

    /// <summary>A platform-written row: created, or its columns replaced (read-only columns included, as the import owns them).</summary>
    private static void Write(OrganizationCore core, Entity row, RequestContext context, bool exists)
    {
        if (!exists)
        {
            core.Writer.Create(row, context, WriteMode.Seed);
            return;
        }
        ReplaceColumns(core, row, context.Transaction);
    }

    /// <summary>Sets <paramref name="changes"/>' columns on the stored row as the platform does for its own rows (no access checks), with a new version.</summary>
    internal static void ReplaceColumns(OrganizationCore core, Entity changes, StoreTransaction? transaction)
    {
        Entity stored = RowCopy.CloneColumns(core.Store.Find(changes.LogicalName, changes.Id)!);
        foreach (KeyValuePair<string, object?> value in changes.Attributes) stored[value.Key] = value.Value;
        long version = core.Store.NextRowVersion();
        stored["versionnumber"] = version;
        stored.RowVersion = OrganizationStore.FormatRowVersion(version);
        stored["modifiedon"] = ColumnValues.NormalizeDate(core.Clock.UtcNow);
        core.Store.Replace(transaction, stored);
    }
}
