
namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/annotation
internal static class AnnotationTable
{
    public static TableMetadata Build() => new TableBuilder("Annotation", "annotations", 5, "Note", "Notes")
        .PrimaryId("AnnotationId", "Note")
        .PrimaryName("Subject", 500, "Title")
        .Memo("NoteText", 100000, "Description")
        .Lookup("ObjectId", "Regarding",
            "account", "contact", "incident", "opportunity", "lead", "salesorder", "invoice",
            "email", "phonecall", "appointment", "task", "letter", "incidentresolution")
        .EntityName("ObjectTypeCode", "Object Type")
        .Boolean("IsDocument", "Is Document", access: ColumnAccess.ReadOnly)
        .String("FileName", 255, "File Name")
        .String("MimeType", 256, "Mime Type")
        .String("DocumentBody", 1073741823, "Document")
        .Integer("FileSize", "File Size (Bytes)", 0, 1000000000, ColumnAccess.ReadOnly)
        .Build();
}
