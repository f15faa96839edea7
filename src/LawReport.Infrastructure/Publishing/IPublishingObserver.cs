using LawReport.Domain.Publishing;

namespace LawReport.Infrastructure.Publishing;

/// <summary>
/// Called inside the publishing transaction after the PDF is rendered and the publication written, just
/// before the commit: the place for work that must succeed for the publication to stand (e.g. copying
/// the PDF to an archive store). Throwing rolls the whole publication back. The tests use it to kill a
/// publication midway.
/// </summary>
public interface IPublishingObserver
{
    Task PublicationWrittenAsync(Publication publication, CancellationToken cancellationToken);
}

/// <summary>The default: nothing else has to happen.</summary>
public sealed class NoPublishingObserver : IPublishingObserver
{
    public Task PublicationWrittenAsync(Publication publication, CancellationToken cancellationToken) => Task.CompletedTask;
}
