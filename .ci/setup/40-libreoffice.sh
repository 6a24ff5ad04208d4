# OfficeSuiteDocumentsTest has LibreOffice convert a plan to .doc, .docx and .pdf, so that the document readers are
# tested on files an office suite wrote. Writer without the GUI is enough (about 130 MB with its core, no Java, no
# recommends). A Chinese font keeps the characters in the PDF export; WenQuanYi Micro Hei is the smallest in Debian
# (5 MB; fonts-noto-cjk is 90 MB).
command -v soffice >/dev/null 2>&1 || apt_install libreoffice-writer-nogui
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || apt_install fonts-wqy-microhei
