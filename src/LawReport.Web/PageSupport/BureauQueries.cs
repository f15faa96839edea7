using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.PageSupport;

public static class BureauQueries
{
    public static Task<string> BureauNameAsync(this AppDbContext db, int bureauId) =>
        db.Bureaus.Where(b => b.Id == bureauId).Select(b => b.FullName).SingleAsync();
}
