using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Shared;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// "hapus data saya" from a worker an agent registered, before they confirmed: the held sign-up is theirs, so it goes
/// with the rest of their data (as their refusal would) and the agent is told by reference. It is theirs when they
/// opened its consent code in this chat, or when its phone is this chat's (the WhatsApp number, the phone given here) or
/// its NIK one of this chat's own sign-ups'. Applied before the chat's own erasure, which clears that phone and NIK.
/// </summary>
internal sealed record HeldErasureEffect(string? ConsentCode, AgentTexts Texts) : DialogEffect, IHostEffect
{
    public async Task<IReadOnlyList<string>> ApplyAsync(BotDbContext db, Participant participant, DateTimeOffset now, string? session, CancellationToken cancellationToken)
    {
        var phones = new List<string>();
        var niks = new List<string>();
        if (db.Cipher is { } cipher)
        {
            if (participant.Phone is { Length: > 0 } phone)
            {
                phones.Add(cipher.Hash(phone));
            }

            if (participant.Channel == ChannelNames.WhatsApp)
            {
                phones.Add(cipher.Hash("+" + participant.ChatId));
            }

            niks = await db.SignUps
                .Where(s => s.Channel == participant.Channel && s.ChatId == participant.ChatId && s.NikHash != null && (s.AgentId == null || s.ConfirmedAt != null))
                .Select(s => s.NikHash!)
                .ToListAsync(cancellationToken);
        }

        var code = ConsentCode ?? string.Empty;
        var held = await db.SignUps
            .Where(s => s.Status == SignUpStatus.Held && s.AgentId != null)
            .Where(s => s.ConfirmCode == code || (s.PhoneHash != null && phones.Contains(s.PhoneHash)) || (s.NikHash != null && niks.Contains(s.NikHash)))
            .ToListAsync(cancellationToken);
        var notes = new List<string>();
        foreach (var signUp in held)
        {
            var agent = await db.Agents.SingleOrDefaultAsync(a => a.Id == signUp.AgentId, cancellationToken);
            await HeldSignUps.DiscardAsync(db, signUp, agent, $"{participant.Channel}:{participant.ChatId}", Texts.Say("agen_dihapus_pekerja", ("referensi", signUp.Reference)), now, cancellationToken);
            notes.Add(Texts.Say("hapus_titipan", ("referensi", signUp.Reference)));
        }

        return notes;
    }
}
