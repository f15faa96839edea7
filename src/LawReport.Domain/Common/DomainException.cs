namespace LawReport.Domain.Common;

/// <summary>
/// A rule of the domain was broken. The message is Chinese because it reaches users unchanged
/// (the web layer shows it next to the action that caused it).
/// </summary>
public class DomainException(string message) : Exception(message);
