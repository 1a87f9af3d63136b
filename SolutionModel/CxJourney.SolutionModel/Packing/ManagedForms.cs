using System.Linq;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// The one difference between the customizations.xml of a managed export and its unmanaged
/// twin in the platform's samples: a form cell bound to a column carries an empty label (the
/// column's display name shows instead). Microsoft's ColumnLevelSecurity pair differs in exactly
/// those eight labels, and an unpacked "Both" form's {id}_managed.xml in exactly those cells.
/// </summary>
internal static class ManagedForms
{
    public static void BlankBoundCellLabels(XElement form)
    {
        foreach (var cell in form.Descendants("cell"))
        {
            if (!cell.Elements("control").Any(control => control.Attribute("datafieldname") is not null)) continue;
            foreach (var label in cell.Elements("labels").Elements("label")) label.SetAttributeValue("description", "");
        }
    }
}
