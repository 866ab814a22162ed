namespace GaitCheck.ModelImport.Tests;

/// <summary>
/// Real person boxes for crops and detector checks. COCO boxes come from ../shared/media/coco-stills/test_coco.json;
/// Pose2Sim boxes (frame 30, full resolution) were read by hand off a frame rendered with a 100-px grid:
/// the extreme pixels of cap, raised hand and feet of the subject in the foreground (bystanders excluded).
/// </summary>
internal static class TestCrops
{
    public sealed record Box(string Key, float X0, float Y0, float X1, float Y1);

    public static readonly Box Skier = Coco("coco-stills/000000000785.jpg", 280.79f, 44.73f, 218.7f, 346.68f);
    public static readonly Box Coco196141 = Coco("coco-stills/000000196141.jpg", 247.76f, 74.23f, 169.67f, 300.78f);
    public static readonly Box Coco197388 = Coco("coco-stills/000000197388.jpg", 139.41f, 102.25f, 222.39f, 241.57f);
    public static readonly Box Cam01 = new("single-leg-stance-4view/cam01.mp4#30", 170, 430, 745, 1170);
    public static readonly Box Cam02 = new("single-leg-stance-4view/cam02.mp4#30", 336, 444, 714, 1136);
    public static readonly Box Cam03 = new("single-leg-stance-4view/cam03.mp4#30", 306, 472, 716, 1230);
    public static readonly Box Cam04 = new("single-leg-stance-4view/cam04.mp4#30", 154, 456, 900, 1250);

    public static readonly Dictionary<string, Box> ByName = new()
    {
        ["skier"] = Skier, ["coco196141"] = Coco196141, ["coco197388"] = Coco197388,
        ["cam01"] = Cam01, ["cam02"] = Cam02, ["cam03"] = Cam03, ["cam04"] = Cam04,
    };

    private static Box Coco(string key, float x, float y, float w, float h) => new(key, x, y, x + w, y + h);
}
