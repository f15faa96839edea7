using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace LawReport.Web.Validation;

/// <summary>Model binding's own messages (a number field given letters, a missing value…) in Chinese.</summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”不是有效的值。");
        messages.SetMissingBindRequiredValueAccessor(_ => "缺少必填项。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少必填项。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        messages.SetUnknownValueIsInvalidAccessor(_ => "填写的值无效。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetValueMustBeANumberAccessor(_ => "请填写数字。");
        messages.SetValueMustNotBeNullAccessor(_ => "不能为空。");
    }
}
