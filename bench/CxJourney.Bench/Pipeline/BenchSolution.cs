using System;
using System.Globalization;
using System.IO;

namespace CxJourney.Bench.Pipeline;

/// <summary>A throw-away unpacked solution registering N no-op steps on Create of contact.</summary>
internal sealed class BenchSolution : IDisposable
{
    private static readonly int[] Stages = [20, 40, 10];

    public BenchSolution(int steps)
    {
        Root = Path.Combine(Path.GetTempPath(), "cxjourney-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "Other"));
        Directory.CreateDirectory(Path.Combine(Root, "SdkMessageProcessingSteps"));
        File.WriteAllText(Path.Combine(Root, "Other", "Solution.xml"), Manifest);
        File.WriteAllText(Path.Combine(Root, "Other", "Customizations.xml"), Customizations);
        for (int i = 0; i < steps; i++)
        {
            var id = new Guid(0x0b0e0000 + i, 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0);
            File.WriteAllText(Path.Combine(Root, "SdkMessageProcessingSteps", "{" + id + "}.xml"), Step(id, Stages[i % Stages.Length], i + 1));
        }
    }

    public string Root { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string Step(Guid id, int stage, int rank)
    {
        string type = typeof(NoOpPlugin).FullName + ", " + typeof(NoOpPlugin).Assembly.FullName;
        return $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <SdkMessageProcessingStep Name="{{typeof(NoOpPlugin).FullName}}: Create of contact ({{rank}})" SdkMessageProcessingStepId="{{{id}}}">
              <SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>
              <PluginTypeName>{{type}}</PluginTypeName>
              <PrimaryEntity>contact</PrimaryEntity>
              <FilteringAttributes></FilteringAttributes>
              <Mode>0</Mode>
              <Rank>{{rank.ToString(CultureInfo.InvariantCulture)}}</Rank>
              <Stage>{{stage.ToString(CultureInfo.InvariantCulture)}}</Stage>
              <SupportedDeployment>0</SupportedDeployment>
              <SdkMessageProcessingStepImages />
            </SdkMessageProcessingStep>
            """;
    }

    private const string Manifest = """
        <?xml version="1.0" encoding="utf-8"?>
        <ImportExportXml version="9.2.24045.212" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive">
          <SolutionManifest>
            <UniqueName>CxJourneyBench</UniqueName>
            <LocalizedNames><LocalizedName description="Bench" languagecode="1033" /></LocalizedNames>
            <Version>1.0.0.0</Version>
            <Managed>0</Managed>
            <Publisher>
              <UniqueName>cxjourney</UniqueName>
              <LocalizedNames><LocalizedName description="CX Journey" languagecode="1033" /></LocalizedNames>
              <CustomizationPrefix>cx</CustomizationPrefix>
              <CustomizationOptionValuePrefix>10000</CustomizationOptionValuePrefix>
            </Publisher>
            <RootComponents />
          </SolutionManifest>
        </ImportExportXml>
        """;

    private const string Customizations = """
        <?xml version="1.0" encoding="utf-8"?>
        <ImportExportXml>
          <Entities />
          <Languages><Language>1033</Language></Languages>
        </ImportExportXml>
        """;
}
