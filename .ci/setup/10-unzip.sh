# BundleIT unpacks the release bundle with the system's unzip, which keeps the executable bit of bin/start.sh
command -v unzip >/dev/null 2>&1 || apt_install unzip
