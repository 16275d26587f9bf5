using System.Text;
using Jamsostek.Bot.Channels.Telegram;
using Jamsostek.Dialogs.Engine;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramRendererTests
{
    private readonly TelegramRenderer renderer = new();

    private static List<ReplyChoice> Choices(int count, Func<int, string>? label = null, Func<int, string>? id = null) =>
        Enumerable.Range(1, count).Select(i => new ReplyChoice(id?.Invoke(i) ?? $"c{i}", label?.Invoke(i) ?? $"Pilihan {i}")).ToList();

    private static InlineKeyboardMarkup Inline(TelegramOutgoingMessage message) => Assert.IsType<InlineKeyboardMarkup>(message.ReplyMarkup);

    [Fact]
    public void Render_TwoButtonsPerRow_WhenLabelsAreShort()
    {
        var message = Assert.Single(renderer.Render(new Reply("Apakah Anda setuju?", Choices(3))));

        var rows = Inline(message).InlineKeyboard.Select(r => r.Select(b => b.Text).ToArray()).ToArray();
        Assert.Equal([["Pilihan 1", "Pilihan 2"], ["Pilihan 3"]], rows);
        Assert.Equal("c1", Inline(message).InlineKeyboard.First().First().CallbackData);
    }

    [Fact]
    public void Render_OneButtonPerRow_WhenALabelIsLongerThan20()
    {
        var choices = Choices(3, i => i == 2 ? "JKK + JKM + JHT (tabungan hari tua)" : $"P{i}");

        var keyboard = Inline(Assert.Single(renderer.Render(new Reply("Pilih program", choices)))).InlineKeyboard;

        Assert.All(keyboard, row => Assert.Single(row));
    }

    [Fact]
    public void Render_EightChoicesAndNextButton_WhenListHas20Choices()
    {
        var choices = Choices(20);

        var rows = Inline(Assert.Single(renderer.Render(new Reply("Pilih kecamatan", choices)))).InlineKeyboard.ToList();

        Assert.Equal(8, rows.Take(rows.Count - 1).Sum(r => r.Count()));
        var next = Assert.Single(rows[^1]);
        Assert.Equal(TelegramRenderer.NextPageLabel, next.Text);
        Assert.Equal("page:1:" + TelegramRenderer.Fingerprint(choices), next.CallbackData);
    }

    [Theory]
    [InlineData(1, new[] { "‹ sebelumnya", "lainnya ›" }, "c9")]
    [InlineData(2, new[] { "‹ sebelumnya" }, "c17")]
    [InlineData(7, new[] { "‹ sebelumnya" }, "c17")]
    public void RenderChoicesPage_PagingButtons_WhenPageIsInTheMiddleOrLast(int page, string[] navigation, string firstId)
    {
        var keyboard = renderer.RenderChoicesPage(Choices(20), page).InlineKeyboard.ToList();

        Assert.Equal(navigation, keyboard[^1].Select(b => b.Text).ToArray());
        Assert.Equal(firstId, keyboard[0].First().CallbackData);
    }

    [Fact]
    public void RenderChoicesPage_CallbackDataAtMost64Bytes_WhenIdsAreLongOrReserved()
    {
        var choices = Choices(12, id: i => i switch
        {
            1 => "page:1",
            2 => "#2",
            3 => new string('é', 40),
            _ => $"kabupaten-{i}-" + new string('x', 70),
        });

        var buttons = Enumerable.Range(0, 2).SelectMany(p => renderer.RenderChoicesPage(choices, p).InlineKeyboard.SelectMany(r => r)).ToList();

        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData!), 1, 64));
        Assert.Equal(["#1", "#2", "#3", "#4"], buttons.Take(4).Select(b => b.CallbackData));
        Assert.Contains(buttons, b => b.CallbackData == "#12");
    }

    [Fact]
    public void Render_ThreePartsKeyboardOnLast_WhenTextHas10000Characters()
    {
        var words = string.Join(' ', Enumerable.Repeat("iuran", 1667));
        var text = words[..5000] + "\n\n" + words[..4998];

        var parts = renderer.Render(new Reply(text, Choices(2)));

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, TelegramRenderer.MaxTextLength));
        Assert.All(parts.Take(2), p => Assert.Null(p.ReplyMarkup));
        Assert.IsType<InlineKeyboardMarkup>(parts[^1].ReplyMarkup);
        Assert.Equal(text.Replace("\n", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            string.Join(' ', parts.Select(p => p.Text)).Replace("\n", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Render_NeverSplitsASurrogatePair_WhenTextIsEmojiWithoutSpaces()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("✅😀", 3000));

        var parts = renderer.Render(Reply.Plain(text));

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p.Text[^1])));
        Assert.All(parts, p => Assert.False(char.IsLowSurrogate(p.Text[0])));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void Render_ContactKeyboardOneTimeResized_WhenReplyRequestsContact()
    {
        var message = Assert.Single(renderer.Render(new Reply("Bagikan nomor HP Anda.", [new ReplyChoice("ketik", "Ketik nomor lain")], RequestContact: true)));

        var keyboard = Assert.IsType<ReplyKeyboardMarkup>(message.ReplyMarkup);
        Assert.True(keyboard.OneTimeKeyboard);
        Assert.True(keyboard.ResizeKeyboard);
        var contact = keyboard.Keyboard.First().Single();
        Assert.Equal(TelegramRenderer.ContactButtonLabel, contact.Text);
        Assert.True(contact.RequestContact);
        Assert.Equal("Ketik nomor lain", keyboard.Keyboard.Last().Single().Text);
    }

    [Fact]
    public void Render_RemovesReplyKeyboard_WhenReplyHasNoChoicesNorContact()
    {
        var message = Assert.Single(renderer.Render(Reply.Plain("Terima kasih.")));

        Assert.IsType<ReplyKeyboardRemove>(message.ReplyMarkup);
    }

    [Theory]
    [InlineData("Ketik *status* kapan saja.", "Ketik status kapan saja.")]
    [InlineData("Nama: <script>*_Siti_ & [Ani]", "Nama: <script>*_Siti_ & [Ani]")]
    [InlineData("2*3*4 = 24", "2*3*4 = 24")]
    [InlineData("*Langkah 3 dari 12* — NIK", "Langkah 3 dari 12 — NIK")]
    [InlineData("• Alamat: Jl. Merdeka \\*No\\* 5\nKetik *kirim*.", "• Alamat: Jl. Merdeka *No* 5\nKetik kirim.")]
    [InlineData("Nama: \\*Ani\\*", "Nama: *Ani*")]
    public void ToPlainText_DropsOnlyEmphasisAsterisks_WhenTextHasMarkup(string engine, string plain)
    {
        Assert.Equal(plain, TelegramRenderer.ToPlainText(engine));
    }

    [Fact]
    public void Render_Nothing_WhenTextIsEmptyWithoutKeyboard()
    {
        Assert.Empty(renderer.Render(Reply.Plain("  ")));
        Assert.Equal("Silakan pilih:", Assert.Single(renderer.Render(new Reply("", Choices(2)))).Text);
    }

    [Fact]
    public void EchoChoice_StaysWithinLimit_WhenOriginalIsAtTheLimit()
    {
        var echo = TelegramRenderer.EchoChoice(new string('a', 4096), "Ya");

        Assert.Equal(TelegramRenderer.MaxTextLength, echo.Length);
        Assert.EndsWith("…\n\n➡️ Ya", echo, StringComparison.Ordinal);
    }
}
