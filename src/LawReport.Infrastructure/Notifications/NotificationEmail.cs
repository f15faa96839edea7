using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace LawReport.Infrastructure.Notifications;

/// <summary>Sends the email copy of a notification. Swap the implementation to use another channel.</summary>
public interface INotificationEmail
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>
/// SMTP through the framework's <see cref="SmtpClient"/> (MailKit is not obtainable here). Used only
/// when <c>Notifications:Email:Enabled</c> is true.
/// </summary>
public sealed class SmtpNotificationEmail(IOptions<NotificationOptions> options) : INotificationEmail
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var email = options.Value.Email;
        using var client = new SmtpClient(email.SmtpHost, email.SmtpPort) { EnableSsl = email.UseSsl };
        if (email.UserName.Length > 0)
        {
            client.Credentials = new NetworkCredential(email.UserName, email.Password);
        }

        using var message = new MailMessage(email.From, to, subject, body)
        {
            SubjectEncoding = System.Text.Encoding.UTF8,
            BodyEncoding = System.Text.Encoding.UTF8,
        };
        await client.SendMailAsync(message, cancellationToken);
    }
}
