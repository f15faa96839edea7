namespace LawReport.Documents.Import;

/// <summary>
/// A file the importer cannot read; the message is the Chinese explanation shown to the user.
/// Thrown inside the import pipeline and turned into <see cref="ImportResult.Error"/> at its edge.
/// </summary>
internal sealed class ImportException(string message) : Exception(message);
