using GaitCheck.Core;

namespace GaitCheck.Analysis.Metrics;

/// <summary>A point in image pixels of the upright frame: x to the right, y DOWN.</summary>
public readonly record struct P2(double X, double Y)
{
    public static P2 operator -(P2 a, P2 b) => new(a.X - b.X, a.Y - b.Y);
    public static P2 operator +(P2 a, P2 b) => new(a.X + b.X, a.Y + b.Y);
    public static P2 Mid(P2 a, P2 b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);
    public double Length => Math.Sqrt(X * X + Y * Y);
    public bool IsFinite => double.IsFinite(X) && double.IsFinite(Y);
    public static P2 From(Keypoint k) => new(k.X, k.Y);
}

/// <summary>
/// The ONE place where every 2D angle GaitCheck reports is defined. The synthetic renderer's ground truth
/// calls exactly these functions, so a definition changed here changes both sides.
/// <para>
/// Image axes: x right, y down. "Medial"/"lateral" are anatomical and depend on the view: in a
/// <see cref="CameraView.Frontal"/> view the camera faces the subject, so the subject's LEFT side is on the
/// image RIGHT (+x); in a <see cref="CameraView.Posterior"/> view the subject's left is on the image left (−x).
/// In a sagittal view the subject faces image left (−x) when the camera sees the LEFT side
/// (<see cref="CameraView.LeftSagittal"/>) and image right (+x) for <see cref="CameraView.RightSagittal"/>.
/// </para>
/// <para>
/// Every function returns degrees (or pixels where stated), <see cref="double.NaN"/> when a point is a gap
/// or when the view is not one the quantity is defined in (the metric layer then reports a filming note
/// instead). Each function is exact plane geometry on the projected points; it says nothing about 3D angles.
/// </para>
/// </summary>
public static class Geometry2D
{
    private const double Deg = 180.0 / Math.PI;

    /// <summary>
    /// Image x-direction (+1 or −1) that points from the body's midline towards the subject's <paramref name="side"/>
    /// (i.e. LATERAL for a limb on that side); 0 when the view is neither frontal nor posterior.
    /// Frontal: Left → +1, Right → −1. Posterior: Left → −1, Right → +1.
    /// </summary>
    public static int LateralSign(Side side, CameraView view) => view switch
    {
        CameraView.Frontal => side == Side.Left ? 1 : -1,
        CameraView.Posterior => side == Side.Left ? -1 : 1,
        _ => 0,
    };

    /// <summary>Image x-direction (+1/−1) the subject faces in a sagittal view; 0 for other views. LeftSagittal → −1, RightSagittal → +1.</summary>
    public static int FacingSign(CameraView view) => view switch
    {
        CameraView.LeftSagittal => -1,
        CameraView.RightSagittal => 1,
        _ => 0,
    };

    /// <summary>True for the frontal-plane views (frontal, posterior).</summary>
    public static bool IsFrontalPlane(CameraView view) => view is CameraView.Frontal or CameraView.Posterior;

    /// <summary>True for the sagittal views.</summary>
    public static bool IsSagittal(CameraView view) => view is CameraView.LeftSagittal or CameraView.RightSagittal;

    /// <summary>
    /// Signed angle in degrees from direction <paramref name="u"/> to direction <paramref name="v"/> in image
    /// coordinates, in (−180, 180]; positive = clockwise ON SCREEN (because y points down).
    /// </summary>
    public static double SignedAngle(P2 u, P2 v) => Math.Atan2(u.X * v.Y - u.Y * v.X, u.X * v.X + u.Y * v.Y) * Deg;

    /// <summary>Unsigned angle in degrees between two directions, in [0, 180].</summary>
    public static double Angle(P2 u, P2 v) => Math.Abs(SignedAngle(u, v));

    /// <summary>
    /// Knee frontal-plane projection angle (FPPA, "2D knee valgus"): the angle between the thigh line
    /// (hip → knee) and the shank line (knee → ankle), i.e. 180° minus the hip–knee–ankle angle.
    /// Sign: + = valgus (the knee lies MEDIAL of the hip→ankle line), − = varus. Zero: hip, knee and ankle collinear.
    /// Views: frontal and posterior only (NaN otherwise). Taken at squat bottom and running midstance.
    /// Willson &amp; Davis 2008 (J Orthop Sports Phys Ther 38:606); Munro, Herrington &amp; Carolan 2012 (J Sport Rehabil 21:7).
    /// </summary>
    public static double Fppa(P2 hip, P2 knee, P2 ankle, Side side, CameraView view)
    {
        int lat = LateralSign(side, view);
        if (lat == 0) return double.NaN;
        // Shank rotating on screen towards +x relative to the thigh means the knee apex lies towards −x of the
        // hip→ankle line (for a limb pointing down). Valgus = apex towards medial = −lat.
        return -lat * SignedAngle(knee - hip, ankle - knee);
    }

    /// <summary>
    /// Signed perpendicular distance in PIXELS of the knee from the hip→ankle line; + = medial (same sign as
    /// <see cref="Fppa"/>). Divide by a leg length to normalise (medial knee displacement). Frontal/posterior only.
    /// </summary>
    public static double MedialKneeOffset(P2 hip, P2 knee, P2 ankle, Side side, CameraView view)
    {
        int lat = LateralSign(side, view);
        if (lat == 0) return double.NaN;
        P2 a = ankle - hip, k = knee - hip;
        double len = a.Length;
        if (len <= 0) return double.NaN;
        // cross(a, k) > 0 => knee on the −x side of a downward line (y down).
        double cross = a.X * k.Y - a.Y * k.X;
        return lat * cross / len;
    }

    /// <summary>
    /// Knee-to-ankle separation ratio: horizontal distance between the knee centres divided by the horizontal
    /// distance between the ankle centres (Noyes et al. 2005, Am J Sports Med 33:197; Mizner et al. 2012,
    /// Clin J Sport Med 22:221). &lt; 1 = knees closer together than ankles. Frontal/posterior only; meaningful
    /// in bilateral stance, descriptive only in single-leg tasks.
    /// </summary>
    public static double KneeAnkleSeparationRatio(P2 leftKnee, P2 rightKnee, P2 leftAnkle, P2 rightAnkle, CameraView view)
    {
        if (!IsFrontalPlane(view)) return double.NaN;
        double ankles = Math.Abs(leftAnkle.X - rightAnkle.X);
        return ankles > 0 ? Math.Abs(leftKnee.X - rightKnee.X) / ankles : double.NaN;
    }

    /// <summary>
    /// Contralateral pelvic drop: the angle of the hip line (stance hip → other hip) below the image horizontal.
    /// Sign: + = the contralateral (non-stance) hip is LOWER than the stance hip; − = it is higher (hip hike).
    /// Zero: hips level. Views: frontal and posterior (same value in both). Taken at squat bottom and running midstance.
    /// Assumes a level camera (no roll). Bramah et al. 2018 (Am J Sports Med 46:3023); Dingenen et al. 2018 (Phys Ther Sport 33:40).
    /// </summary>
    public static double PelvicDrop(P2 leftHip, P2 rightHip, Side stanceSide, CameraView view)
    {
        if (!IsFrontalPlane(view)) return double.NaN;
        P2 stance = stanceSide == Side.Left ? leftHip : rightHip;
        P2 other = stanceSide == Side.Left ? rightHip : leftHip;
        P2 d = other - stance;
        return Math.Atan2(d.Y, Math.Abs(d.X)) * Deg;   // y down: other hip lower => d.Y > 0 => +
    }

    /// <summary>
    /// 2D hip adduction of the <paramref name="side"/> leg: 90° minus the angle between the pelvis line
    /// (this hip → other hip, pointing medially) and the femur line (this hip → knee). Sign: + = adduction
    /// (knee towards the midline relative to the pelvis), − = abduction. Zero: femur perpendicular to the pelvis line.
    /// Includes pelvic drop by construction (it is the femur relative to the pelvis). Frontal/posterior only.
    /// Dingenen et al. 2018 (Phys Ther Sport 33:40); Maykut et al. 2015 (Int J Sports Phys Ther 10:136).
    /// </summary>
    public static double HipAdduction(P2 leftHip, P2 rightHip, P2 knee, Side side, CameraView view)
    {
        if (!IsFrontalPlane(view)) return double.NaN;
        P2 hip = side == Side.Left ? leftHip : rightHip;
        P2 other = side == Side.Left ? rightHip : leftHip;
        return 90.0 - Angle(other - hip, knee - hip);
    }

    /// <summary>
    /// Lateral trunk lean: the angle of the trunk line (mid-hip → mid-shoulder) from the image vertical.
    /// Sign: + = towards the STANCE side (ipsilateral lean), − = away. Zero: trunk vertical.
    /// Frontal/posterior only. Taken at squat bottom and running midstance.
    /// Dingenen et al. 2018 (Phys Ther Sport 33:40); Powers 2010 (J Orthop Sports Phys Ther 40:42).
    /// </summary>
    public static double TrunkLeanFrontal(P2 midHip, P2 midShoulder, Side stanceSide, CameraView view)
    {
        int lat = LateralSign(stanceSide, view);
        if (lat == 0) return double.NaN;
        P2 t = midShoulder - midHip;
        return lat * Math.Atan2(t.X, -t.Y) * Deg;
    }

    /// <summary>
    /// EXPERIMENTAL rearfoot eversion proxy: the angle between the shank line (knee → ankle) and the line
    /// ankle → heel. BlazePose has no calcaneal bisection, so this is not the clinical rearfoot angle.
    /// Sign: + = eversion (the heel deviates LATERALLY from the shank's extension; the ankle lies medial of
    /// the knee→heel line), − = inversion. Zero: knee, ankle and heel collinear. Posterior view only.
    /// Taken at running midstance (and squat bottom). Geometry follows the clinical 2D rearfoot angle
    /// (leg bisection vs calcaneal bisection; e.g. Souza 2016, Phys Med Rehabil Clin N Am 27:217).
    /// </summary>
    public static double RearfootEversion(P2 knee, P2 ankle, P2 heel, Side side, CameraView view)
    {
        if (view != CameraView.Posterior) return double.NaN;
        int lat = LateralSign(side, view);
        return -lat * SignedAngle(ankle - knee, heel - ankle);
    }

    /// <summary>
    /// Clinical rearfoot angle from four skin markers: the angle between the shank bisection (proximal → distal shank
    /// marker) and the calcaneal bisection (proximal → distal heel marker). Sign and zero as <see cref="RearfootEversion"/>:
    /// + = eversion (the bottom of the heel lies LATERAL of the shank line's extension), − = inversion, 0 = the two lines
    /// parallel. Posterior view only. Souza 2016 (Phys Med Rehabil Clin N Am 27:217); McClay &amp; Manal 1997.
    /// </summary>
    public static double RearfootAngle(P2 shankProximal, P2 shankDistal, P2 calcaneusProximal, P2 calcaneusDistal, Side side, CameraView view)
    {
        if (view != CameraView.Posterior) return double.NaN;
        int lat = LateralSign(side, view);
        return -lat * SignedAngle(shankDistal - shankProximal, calcaneusDistal - calcaneusProximal);
    }

    /// <summary>
    /// 2D knee flexion: the angle between the thigh (hip → knee) and shank (knee → ankle) lines, i.e.
    /// 180° minus the hip–knee–ankle angle. Zero: straight leg; + = flexion (hyperextension is not
    /// distinguished from flexion). Valid in sagittal views; taken at initial contact and as the stance peak.
    /// Damsted et al. 2015 (Int J Sports Phys Ther 10:147); Souza 2016.
    /// </summary>
    public static double KneeFlexion(P2 hip, P2 knee, P2 ankle) => Angle(knee - hip, ankle - knee);

    /// <summary>
    /// Trunk forward lean: the angle of the trunk line (mid-hip → mid-shoulder) from the image vertical.
    /// Sign: + = forward (towards the direction the subject faces), − = backward. Zero: trunk vertical.
    /// Sagittal views only. Souza 2016; Dingenen et al. 2018.
    /// </summary>
    public static double TrunkForwardLean(P2 midHip, P2 midShoulder, CameraView view)
    {
        int fwd = FacingSign(view);
        if (fwd == 0) return double.NaN;
        P2 t = midShoulder - midHip;
        return fwd * Math.Atan2(t.X, -t.Y) * Deg;
    }

    /// <summary>
    /// Overstride distance in PIXELS: how far the contacting heel is ahead of the mid-hip (pelvis centre)
    /// horizontally, + = heel ahead (in the direction faced). Divide by a leg length to normalise.
    /// Sagittal only; taken at initial contact. Souza 2016; Heiderscheit et al. 2011 (Med Sci Sports Exerc 43:296).
    /// </summary>
    public static double OverstrideOffset(P2 midHip, P2 heel, CameraView view)
    {
        int fwd = FacingSign(view);
        return fwd == 0 ? double.NaN : fwd * (heel.X - midHip.X);
    }
}
