using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Agents;

/// <summary>The worker's answer, from their own chat, to an agent's held sign-up: "Ya, saya setuju" or "Tidak".</summary>
internal sealed record WorkerConsentEffect(string Code, bool Agrees, AgentTexts Texts) : DialogEffect, IHostEffect
{
    public async Task<IReadOnlyList<string>> ApplyAsync(BotDbContext db, Participant participant, DateTimeOffset now, string? session, CancellationToken cancellationToken)
    {
        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.ConfirmCode == Code && s.Status == SignUpStatus.Held, cancellationToken);
        var agent = signUp?.AgentId is { } id ? await db.Agents.FindAsync([id], cancellationToken) : null;
        if (signUp is null || agent is null || signUp.HoldUntil < now || (agent.Channel == participant.Channel && agent.ChatId == participant.ChatId))
        {
            return [Texts.Say("kode_salah")];
        }

        var actor = $"{participant.Channel}:{participant.ChatId}";
        if (!Agrees)
        {
            await HeldSignUps.DiscardAsync(db, signUp, agent, actor, Texts.Say("agen_ditolak", ("referensi", signUp.Reference)), now, cancellationToken);
            return [Texts.Say("ditolak", ("referensi", signUp.Reference))];
        }

        // Meanwhile the worker (or another agent) may have registered the same NIK: one live sign-up per person.
        if (await db.SignUps.AnyAsync(s => s.Id != signUp.Id && s.NikHash == signUp.NikHash && (s.Status == SignUpStatus.Pending || s.Status == SignUpStatus.Approved), cancellationToken))
        {
            await HeldSignUps.DiscardAsync(db, signUp, agent, actor, Texts.Say("agen_ditolak", ("referensi", signUp.Reference)), now, cancellationToken);
            return [Texts.Say("sudah_terdaftar")];
        }

        await HeldSignUps.ConfirmAsync(db, signUp, agent, participant.Channel, participant.ChatId, Texts, now, cancellationToken);
        participant.Phone = signUp.Phone;
        participant.RegencyCode = signUp.RegencyCode;
        return [Texts.Say("disetujui", ("referensi", signUp.Reference))];
    }
}
