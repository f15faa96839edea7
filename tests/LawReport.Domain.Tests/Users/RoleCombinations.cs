using LawReport.Domain.Common;
using LawReport.Domain.Users;

namespace LawReport.Domain.Tests.Users;

public class RoleCombinations
{
    [Theory]
    [InlineData(Roles.SystemAdmin, Roles.SecurityAdmin)]
    [InlineData(Roles.SystemAdmin, Roles.Auditor)]
    [InlineData(Roles.SecurityAdmin, Roles.Auditor)]
    public void The_three_administrator_roles_are_never_on_one_account(string first, string second)
    {
        var error = Assert.Throws<DomainException>(() => Roles.EnsureCompatible([first, second], hasBureau: false));
        Assert.Contains("三权分立", error.Message);
    }

    [Fact]
    public void An_administrator_holds_no_business_role()
    {
        var error = Assert.Throws<DomainException>(() => Roles.EnsureCompatible([Roles.Auditor, Roles.Reviewer], hasBureau: false));
        Assert.Contains("不能同时担任业务角色", error.Message);
    }

    [Theory]
    [InlineData(Roles.Filer)]
    [InlineData(Roles.BureauLead)]
    public void Bureau_roles_need_a_bureau(string role)
    {
        var error = Assert.Throws<DomainException>(() => Roles.EnsureCompatible([role], hasBureau: false));
        Assert.Contains("须属于某个单位", error.Message);
    }

    [Fact]
    public void A_filer_may_also_be_the_bureau_lead() => Roles.EnsureCompatible([Roles.Filer, Roles.BureauLead], hasBureau: true);

    [Fact]
    public void Unknown_roles_are_refused()
    {
        var error = Assert.Throws<DomainException>(() => Roles.EnsureCompatible(["Superuser"], hasBureau: true));
        Assert.Contains("Superuser", error.Message);
    }
}
