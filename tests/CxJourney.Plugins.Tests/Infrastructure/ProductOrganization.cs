using System;
using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Tests.Shared;

namespace CxJourney.Plugins.Tests.Infrastructure;

/// <summary>
/// A local organization as an admin gets it after importing the product: the repository's own
/// Solution/ (tables, steps, environment variables) and the optional SalesSolution/ (commerce capture)
/// with the plugin assembly bound to their steps.
/// Every product test goes through this, so a test exercises the registrations that ship.
/// </summary>
public static class ProductOrganization
{
    /// <summary>Monday 2024-03-04 09:00 UTC: inside default business hours, so due dates are easy to read.</summary>
    public static readonly DateTime DefaultStart = new(2024, 3, 4, 9, 0, 0, DateTimeKind.Utc);

    /// <param name="keyIndexBuild">How long the alternate keys stay Pending after the import (null: Active at once).</param>
    public static LocalOrganization Create(DateTime? startUtc = null, int idSeed = 42, TimeSpan? keyIndexBuild = null) =>
        LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = System.IO.Path.Combine(RepoPaths.Root, "Solution"),
            AddOnSolutionFolders = [System.IO.Path.Combine(RepoPaths.Root, "SalesSolution")],
            PluginAssemblies = [typeof(PluginBase).Assembly],
            Clock = new OrganizationClock(startUtc ?? DefaultStart),
            IdSeed = idSeed,
            AlternateKeyIndexBuild = keyIndexBuild,
        });

    /// <summary>The organization's plugin pipeline (log, async queue, unit mode).</summary>
    public static PluginPipeline Pipeline(this LocalOrganization organization) =>
        organization.Plugins ?? throw new InvalidOperationException("The organization was created without the plugin assembly.");
}
