using System.Text;

namespace CxJourney.SolutionModel.Packing;

/// <summary>Where an export puts a web resource's content: /WebResources/&lt;name&gt;&lt;id&gt;, extension-less.</summary>
internal static class WebResourcePaths
{
    /// <summary>
    /// The name with every character but letters, digits and underscores dropped, then the id
    /// (lower case, with dashes), as the solution in Microsoft's "extend assistant card type" sample
    /// for Sales Insights names them: new_commands + 8db43275-0291-401d-923a-90a6c373cc18.
    /// </summary>
    public static string PackedPath(WebResourceDefinition resource)
    {
        var name = new StringBuilder("WebResources/");
        foreach (var c in resource.Name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_') name.Append(c);
        }
        return name.Append(resource.Id.ToString("D")).ToString();
    }
}
