using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Admin;

public class BureauAdministration(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_system_administrator_adds_a_bureau_through_the_form()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var form = await client.GetPageAsync("/Admin/Bureaus/Edit");

        var list = await client.SubmitAsync(form.Form(), Fields("南京市人民政府外事办公室", "01410956-8"));

        Assert.Contains("已保存“南京市人民政府外事办公室”", list.Text);
        Assert.Contains("南京市人民政府外事办公室", list.Find("table.data")!.TextContent);
        var saved = await portal.WithDbAsync((db, _) => db.Bureaus.SingleAsync(b => b.FullName == "南京市人民政府外事办公室"));
        Assert.Equal("014109568", saved.OrganizationCode);
        Assert.Equal("市委、市政府", saved.DefaultAddressee);
    }

    [Fact]
    public async Task A_malformed_organization_code_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var form = await client.GetPageAsync("/Admin/Bureaus/Edit");

        var page = await client.SubmitAsync(form.Form(), Fields("无锡市人民政府外事办公室", "12345"));

        Assert.Contains("9位组织机构代码或18位统一社会信用代码", page.FieldError("Input.OrganizationCode"));
        Assert.Equal("无锡市人民政府外事办公室", page.Find("#Input_FullName")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync((db, _) => db.Bureaus.AnyAsync(b => b.FullName == "无锡市人民政府外事办公室")));
    }

    [Fact]
    public async Task Two_bureaus_cannot_share_a_name()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var form = await client.GetPageAsync("/Admin/Bureaus/Edit");

        var page = await client.SubmitAsync(form.Form(), Fields("常州市人民政府外事办公室", ""));

        Assert.Contains("已有名为“常州市人民政府外事办公室”的单位", page.FieldError("Input.FullName"));
    }

    [Fact]
    public async Task Oversized_text_gets_a_clear_message()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var form = await client.GetPageAsync("/Admin/Bureaus/Edit");

        var page = await client.SubmitAsync(form.Form(), Fields(new string('局', 101), ""));

        Assert.Contains("单位全称不能超过100个字符", page.FieldError("Input.FullName"));
    }

    [Fact]
    public async Task A_bureau_is_edited_and_deactivated()
    {
        var id = await portal.WithDbAsync((db, _) => db.Bureaus.Where(b => b.FullName == "菏泽市人民政府外事办公室").Select(b => b.Id).SingleAsync());
        using var client = await portal.SignedInAsync("sysadmin");
        var form = await client.GetPageAsync($"/Admin/Bureaus/Edit/{id}");

        await client.SubmitAsync(form.Form(), new Dictionary<string, string?> { ["Input.Category"] = "市委工作机关" });
        var list = await client.GetPageAsync("/Admin/Bureaus");
        var page = await client.SubmitAsync(list.Form($"form[action*='id={id}']"));

        Assert.Contains("已停用“菏泽市人民政府外事办公室”", page.Text);
        var bureau = await portal.WithDbAsync((db, _) => db.Bureaus.AsNoTracking().SingleAsync(b => b.Id == id));
        Assert.Equal("市委工作机关", bureau.Category);
        Assert.False(bureau.IsActive);
    }

    [Fact]
    public async Task A_missing_bureau_is_a_404()
    {
        using var client = await portal.SignedInAsync("sysadmin");

        var page = await client.GetPageAsync("/Admin/Bureaus/Edit/99999");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
        Assert.Contains("页面不存在", page.Text);
    }

    private static Dictionary<string, string?> Fields(string fullName, string code) => new()
    {
        ["Input.FullName"] = fullName,
        ["Input.ShortName"] = "市外办",
        ["Input.OrganizationCode"] = code,
        ["Input.City"] = "江苏省",
        ["Input.Category"] = "市政府工作部门",
    };
}
