using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Dialogs.Engine;
using static Jamsostek.Bot.Tests.Channels.Telegram.TelegramTestUpdates;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramUpdateMapperTests
{
    private readonly TelegramUpdateMapper mapper = new();

    public static TheoryData<string, string, InputKind, string?> Messages => new()
    {
        { "text", "\"text\":\"Halo, saya mau daftar\"", InputKind.Text, "Halo, saya mau daftar" },
        { "start", "\"text\":\"/start\",\"entities\":[{\"offset\":0,\"length\":6,\"type\":\"bot_command\"}]", InputKind.Start, "/start" },
        { "photo", "\"photo\":[{\"file_id\":\"f1\",\"file_unique_id\":\"u1\",\"width\":90,\"height\":90}]", InputKind.Photo, null },
        { "sticker", "\"sticker\":{\"file_id\":\"s1\",\"file_unique_id\":\"u2\",\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":false,\"is_video\":false}", InputKind.Sticker, null },
        { "voice", "\"voice\":{\"file_id\":\"v1\",\"file_unique_id\":\"u3\",\"duration\":3}", InputKind.Voice, null },
        { "audio", "\"audio\":{\"file_id\":\"a1\",\"file_unique_id\":\"u4\",\"duration\":30}", InputKind.Voice, null },
        { "location", "\"location\":{\"latitude\":-3.31,\"longitude\":114.59}", InputKind.Location, null },
        { "document", "\"document\":{\"file_id\":\"d1\",\"file_unique_id\":\"u5\",\"file_name\":\"ktp.pdf\"}", InputKind.Document, null },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Map_InputOfMatchingKind_WhenMessageArrives(string name, string fields, InputKind kind, string? text)
    {
        var inbound = mapper.Map(Parse(MessageJson(fields, updateId: 501)));

        Assert.NotNull(inbound);
        Assert.Equal(kind, inbound.Input.Kind);
        Assert.Equal(text, inbound.Input.Text);
        Assert.Equal(ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), inbound.ChatId);
        Assert.Equal("tg:m:424242:577", inbound.MessageId);
        Assert.Equal(UserId, inbound.FromUserId);
        Assert.Null(inbound.CallbackQueryId);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [InlineData("/start BANJAR-2026", "BANJAR-2026")]
    [InlineData("/start@jamsostek_bot ref_42", "ref_42")]
    [InlineData("/start", null)]
    public void Map_StartWithPayload_WhenDeepLinkOpened(string text, string? payload)
    {
        var inbound = mapper.Map(Parse(TextJson(text)));

        Assert.Equal(InputKind.Start, inbound!.Input.Kind);
        Assert.Equal(payload, inbound.Input.StartPayload);
    }

    [Fact]
    public void Map_Text_WhenStartIsOnlyAPrefix()
    {
        Assert.Equal(InputKind.Text, mapper.Map(Parse(TextJson("/starting")))!.Input.Kind);
    }

    [Theory]
    [InlineData(UserId, true)]
    [InlineData(999, false)]
    public void Map_ContactOwnedBySender_OnlyWhenUserIdMatches(long contactUserId, bool own)
    {
        var fields = $"\"contact\":{{\"phone_number\":\"+6281251234567\",\"first_name\":\"Siti\",\"user_id\":{contactUserId}}}";

        var inbound = mapper.Map(Parse(MessageJson(fields)));

        Assert.Equal(InputKind.Contact, inbound!.Input.Kind);
        Assert.Equal(new SharedContact("+6281251234567", own), inbound.Input.Contact);
    }

    [Fact]
    public void Map_ContactNotOwn_WhenContactHasNoUserId()
    {
        var inbound = mapper.Map(Parse(MessageJson("\"contact\":{\"phone_number\":\"081251234567\",\"first_name\":\"Budi\"}")));

        Assert.False(inbound!.Input.Contact!.IsSendersOwn);
    }

    [Fact]
    public void Map_ChoiceWithLabelAndCallbackIds_WhenButtonPressed()
    {
        var inbound = mapper.Map(Parse(CallbackJson("ya", updateId: 777)));

        Assert.NotNull(inbound);
        Assert.Equal(InboundInput.FromChoice("ya", "Ya, setuju"), inbound.Input);
        Assert.Equal("tg:cb:cbq-784", inbound.MessageId);
        Assert.Equal(55, inbound.CallbackMessageId);
        Assert.Equal("cbq-784", inbound.CallbackQueryId);
        Assert.Equal("Apakah Anda setuju?", inbound.CallbackMessageText);
        Assert.Null(mapper.MapPageRequest(Parse(CallbackJson("ya"))));
    }

    [Fact]
    public void Map_ChoiceByNumber_WhenCallbackCarriesAnIndex()
    {
        var inbound = mapper.Map(Parse(CallbackJson("#12")));

        Assert.Equal(new InboundInput(InputKind.Choice, Text: "12"), inbound!.Input);
    }

    [Fact]
    public void MapPageRequest_PageAndFingerprint_WhenPagingButtonPressed()
    {
        var update = Parse(CallbackJson("page:2:0a1b2c3d"));

        Assert.Null(mapper.Map(update));
        Assert.Equal(new TelegramPageRequest("424242", 55, "cbq-9", 2, "0a1b2c3d"), mapper.MapPageRequest(update));
    }

    [Theory]
    [InlineData("edited_message", "private")]
    [InlineData("channel_post", "channel")]
    [InlineData("message", "group")]
    public void Map_Null_WhenUpdateIsNotForUs(string field, string chatType)
    {
        var update = Parse(MessageJson("\"text\":\"halo\"", updateField: field, chatType: chatType));

        Assert.Null(mapper.Map(update));
        Assert.Null(mapper.MapPageRequest(update));
    }

    [Theory]
    [InlineData("edited_message", "private", true)]
    [InlineData("edited_message", "group", false)]
    [InlineData("message", "private", false)]
    public void MapEdit_ChatAndMessage_OnlyForAnEditInAPrivateChat(string field, string chatType, bool expected)
    {
        var update = Parse(MessageJson("\"text\":\"halo\"", updateField: field, chatType: chatType));

        Assert.Equal(expected ? ("424242", 77) : null, TelegramUpdateMapper.MapEdit(update));
    }

    [Fact]
    public void Map_Null_WhenMessageIsAServiceMessage()
    {
        Assert.Null(mapper.Map(Parse(MessageJson("\"new_chat_title\":\"x\""))));
    }
}
