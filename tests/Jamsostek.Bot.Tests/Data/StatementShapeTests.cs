using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>Issue 12: two statements share a kept text only when everything that writes the text is the same.</summary>
public sealed class StatementShapeTests
{
    public static TheoryData<string, Type, string, int, string[]?, string?, bool> Others => new()
    {
        { "the same, the properties in another list", typeof(Conversation), "update", 2, ["StepId", "FlowId"], "Version", true },
        { "another entity", typeof(ProcessedMessage), "update", 2, ["StepId", "FlowId"], "Version", false },
        { "another kind", typeof(Conversation), "insert", 2, ["StepId", "FlowId"], "Version", false },
        { "more rows", typeof(Conversation), "update", 3, ["StepId", "FlowId"], "Version", false },
        { "the properties in another order", typeof(Conversation), "update", 2, ["FlowId", "StepId"], "Version", false },
        { "one property fewer", typeof(Conversation), "update", 2, ["StepId"], "Version", false },
        { "no properties", typeof(Conversation), "update", 2, null, "Version", false },
        { "no token", typeof(Conversation), "update", 2, ["StepId", "FlowId"], null, false },
    };

    [Theory]
    [MemberData(nameof(Others))]
    public void Equals_SaysWhetherTheTextIsTheSame(string because, Type entity, string kind, int rows, string[]? properties, string? token, bool same)
    {
        var shape = new StatementShape(typeof(Conversation), "update", 2, new List<string> { "StepId", "FlowId" }, "Version");
        var other = new StatementShape(entity, kind, rows, properties, token);

        Assert.True(same == shape.Equals(other), because);
        if (same)
        {
            Assert.Equal(shape.GetHashCode(), other.GetHashCode());
        }
    }
}
