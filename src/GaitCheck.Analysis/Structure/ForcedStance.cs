using GaitCheck.Core;
using GaitCheck.Core.Json;

namespace GaitCheck.Analysis;

/// <summary>
/// The standing leg the user gives for a single-leg squat (a batch manifest's <c>stance</c> column) applied to the
/// movement decision. The reps standing on that leg are kept; reps the pose puts on the other leg are left out, with a
/// note, because measuring them as the given leg would read the lifted leg. When no rep stands on the given leg, no rep
/// is measured and a note says the stance and the clip disagree (a wrong manifest cell, or left and right mislabelled):
/// a disagreement is never turned into values. When the clip is no single-leg squat, the stance is not used (a note).
/// </summary>
public static class ForcedStance
{
    public static MovementDecision Apply(MovementDecision d, Side stance, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(notes);
        string given = EnumNames.Lower(stance), other = EnumNames.Lower(stance == Side.Left ? Side.Right : Side.Left);
        if (d.Movement != MovementKind.SingleLegSquat)
        {
            notes.Add($"stance: {given} (given by the user) is not used: the movement is {d.Movement}, not a single-leg squat");
            return d;
        }
        var kept = d.Reps.Where(r => r.StanceSide == stance).ToList();
        var dropped = d.Reps.Where(r => r.StanceSide != stance).Select(r => Inv.I(r.Number)).ToList();
        if (kept.Count == 0 && dropped.Count > 0)
            notes.Add($"stance: {given} (given by the user), but every rep stands on the {other} leg: no rep is measured; check the stance given for this clip, or whether left and right are swapped in it");
        else if (dropped.Count > 0)
            notes.Add($"stance: {given} (given by the user): rep(s) {string.Join(", ", dropped)} stand on the {other} leg and are left out");
        else
            notes.Add($"stance: {given} (given by the user)");
        return d with { Reps = kept, Stance = stance };
    }
}
