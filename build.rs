//! Draws the app icon from its one source, `assets/jaws.svg`, at the sizes desktops ask for:
//! `$OUT_DIR/icons/NxN.png` and `$OUT_DIR/icons/jaws.ico`. The window icon is built into the
//! binary from the 256-pixel PNG; `examples/package_files.rs` copies the rest for packages.
//! No binary copy of the icon is kept in the repository.

use std::path::Path;

const SOURCE: &str = "assets/jaws.svg";
/// Sizes for the hicolor icon theme, the macOS .icns and the window.
const PNG_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];
/// Sizes Windows uses for a program's icon; 256 is the largest an .ico holds.
const ICO_SIZES: [u32; 6] = [16, 24, 32, 48, 64, 256];

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("icons");
    std::fs::create_dir_all(&out).expect("create the icons folder");
    let svg = std::fs::read(SOURCE).expect("read assets/jaws.svg");
    let tree = resvg::usvg::Tree::from_data(&svg, &resvg::usvg::Options::default())
        .expect("assets/jaws.svg is a valid SVG");

    for size in PNG_SIZES {
        let image = draw(&tree, size);
        image
            .save(out.join(format!("{size}x{size}.png")))
            .expect("write a PNG icon");
    }

    let file = std::fs::File::create(out.join("jaws.ico")).expect("create jaws.ico");
    let frames: Vec<image::codecs::ico::IcoFrame> = ICO_SIZES
        .iter()
        .map(|&size| {
            let image = draw(&tree, size);
            image::codecs::ico::IcoFrame::as_png(
                image.as_raw(),
                size,
                size,
                image::ExtendedColorType::Rgba8,
            )
            .expect("encode an icon frame")
        })
        .collect();
    image::codecs::ico::IcoEncoder::new(file)
        .encode_images(&frames)
        .expect("write jaws.ico");

    // Explorer, the Start menu and the installers' shortcuts show the icon inside the .exe.
    #[cfg(windows)]
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let ico = out.join("jaws.ico");
        winresource::WindowsResource::new()
            .set_icon(ico.to_str().expect("OUT_DIR is UTF-8"))
            .compile()
            .expect("embed the icon in jaws.exe");
    }
}

/// The icon at `size` pixels square, as straight (not premultiplied) RGBA.
fn draw(tree: &resvg::usvg::Tree, size: u32) -> image::RgbaImage {
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).expect("a non-empty icon");
    let scale = size as f32 / tree.size().width();
    resvg::render(
        tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let mut rgba = Vec::with_capacity((size * size * 4) as usize);
    for p in pixmap.pixels() {
        let c = p.demultiply();
        rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    image::RgbaImage::from_raw(size, size, rgba).expect("the pixmap's size")
}
