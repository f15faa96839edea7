using AngleSharp.Html.Dom;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>
/// Twenty sessions save the same section on the same version at once, round after round: in each round
/// exactly one save is accepted and the others get the conflict answer, and the section ends up holding
/// every accepted edit in order. Runs on SQLite and on PostgreSQL (LAWREPORT_TEST_POSTGRES).
/// </summary>
public class ParallelSaves(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Clients = 20;
    private const int Rounds = 5;

    [Fact]
    public async Task Exactly_one_of_twenty_simultaneous_saves_wins_each_round_and_no_accepted_edit_is_lost()
    {
        var id = await portal.AddOwnReportAsync(2070);
        var sessions = new List<(PortalClient Client, IHtmlFormElement Form)>();
        for (var i = 0; i < Clients; i++)
        {
            var client = await portal.SignedInAsync("filer");
            sessions.Add((client, (await client.GetPageAsync($"/Reports/Section/{id}/2")).SectionForm()));
        }

        try
        {
            var form = sessions[0].Form;
            var (version, fingerprint) = (((IHtmlInputElement)form.QuerySelector("[data-version]")!).Value, ((IHtmlInputElement)form.QuerySelector("[data-base]")!).Value);
            var accepted = "";
            var winners = new List<int>();
            for (var round = 1; round <= Rounds; round++)
            {
                var basedOn = accepted;
                using var start = new ManualResetEventSlim();
                var saves = sessions.Select((session, client) => Task.Run(async () =>
                {
                    start.Wait();
                    return await session.Client.AutosaveAsync(session.Form.AutosaveUrl(), FilingSteps.FieldsOf(session.Form, new Dictionary<string, string?>
                    {
                        ["Input.Version"] = version,
                        ["Input.Base"] = fingerprint,
                        ["Input.Items[0].Body"] = basedOn + Addition(round, client),
                    }));
                })).ToList();
                start.Set();
                var answers = await Task.WhenAll(saves);

                var won = Assert.Single(answers, a => a.StatusCode == 200);
                Assert.All(answers.Where(a => a != won), a => Assert.Equal((409, "conflict"), (a.StatusCode, a.Status)));
                var winner = Array.IndexOf(answers, won);
                winners.Add(winner);
                accepted = basedOn + Addition(round, winner);
                (version, fingerprint) = (won.Version, won.Base);
            }

            var saved = (await portal.LoadReportAsync(id)).Sections[1].Items[0].Body;
            Assert.Equal(string.Concat(winners.Select((winner, r) => Addition(r + 1, winner))), saved);
        }
        finally
        {
            sessions.ForEach(s => s.Client.Dispose());
        }
    }

    private static string Addition(int round, int client) => $"第{round}轮由第{client + 1}个会话保存。";
}
