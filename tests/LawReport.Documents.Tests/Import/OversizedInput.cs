using LawReport.Documents.Import;

namespace LawReport.Documents.Tests.Import;

/// <summary>Files over the size limit are refused before they are read into memory.</summary>
public sealed class OversizedInput : IDisposable
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private const string Refusal = "文件过大（50 MB），最大只能导入 20 MB。一份年度报告通常不到 1 MB，请确认选对了文件。";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lawreport-{Guid.NewGuid():N}.txt");

    [Fact]
    public void A_50_MB_file_is_refused_by_its_size()
    {
        using (var file = File.Create(_path))
        {
            file.SetLength(FiftyMegabytes);
        }

        Assert.Equal(Refusal, ReportImporter.ImportFile(_path).Error);
    }

    [Fact]
    public void A_50_MB_upload_stream_is_refused_without_reading_it()
    {
        using var upload = new CountingStream(FiftyMegabytes, seekable: true);

        Assert.Equal(Refusal, ReportImporter.Import(upload, "report.txt").Error);
        Assert.Equal(0, upload.BytesRead);
    }

    [Fact]
    public void A_50_MB_stream_of_unknown_length_is_refused_once_it_passes_the_limit()
    {
        using var upload = new CountingStream(FiftyMegabytes, seekable: false);

        var result = ReportImporter.Import(upload, "report.txt");

        Assert.StartsWith("文件过大，最大只能导入 20 MB", result.Error, StringComparison.Ordinal);
        Assert.InRange(upload.BytesRead, ImportLimits.MaxFileBytes, ImportLimits.MaxFileBytes + 1024 * 1024);
    }

    [Fact]
    public void A_50_MB_byte_array_is_refused()
    {
        Assert.Equal(Refusal, ReportImporter.Import(new byte[FiftyMegabytes], "report.txt").Error);
    }

    public void Dispose() => File.Delete(_path);

    /// <summary>A stream of Chinese text of a given length that produces its bytes as they are read, and counts them.</summary>
    private sealed class CountingStream(long length, bool seekable) : Stream
    {
        private static readonly byte[] Pattern = "一、主要举措和成效\n"u8.ToArray();

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = Pattern[(int)((BytesRead + i) % Pattern.Length)];
            }

            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
