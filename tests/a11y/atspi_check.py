#!/usr/bin/python3
"""Walks StatusDeck's window in the real AT-SPI tree, as a screen reader (Orca) sees it.

Run inside an X server and a D-Bus session (tests/a11y/run_atspi_check.sh does both):
    atspi_check.py STATUSDECK_BINARY [--dump]

For each page (Reference, Sandbox, Redirect Lab) it starts the binary with a fresh home,
waits for the window in the AT-SPI registry and fails on:
  - an interactive object (button, combo box, text field, list, table, link, ...) without a name;
  - a combo box whose name is its current text (Qt 6.4 on Linux reports the current text as
    the name of a combo box that has no buddy label);
  - names or text with U+FDD0/U+FDD1 (QTextDocument's frame markers) or U+FFFC;
and, on the Reference page, unless the card view is a document (or text) object named after
the card with heading and link children.
Exit 0 when all pass, 1 with the problems listed.
"""

import os
import subprocess
import sys
import tempfile
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB,
}
# Their items are not widgets of ours: a list's rows are named by their text.
CONTAINERS = {
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_BAR,
}
DOCUMENT_ROLES = {
    pyatspi.ROLE_DOCUMENT_FRAME, pyatspi.ROLE_DOCUMENT_TEXT, pyatspi.ROLE_DOCUMENT_WEB,
    pyatspi.ROLE_TEXT,
}
MARKERS = ("\ufdd0", "\ufdd1", "\ufffc")
PAGES = ("reference", "sandbox", "lab")
DUMP = "--dump" in sys.argv


def role_name(node):
    try:
        return node.getRoleName()
    except Exception:  # noqa: BLE001 - a dying object
        return "?"


def describe(node, path):
    return "%s '%s' at %s" % (role_name(node), node.name, "/".join(path))


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # noqa: BLE001
        return False


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return None


def combo_items(node):
    """The texts of a combo box's items (its list child's children)."""
    items = set()
    for i in range(node.childCount):
        child = node[i]
        if child is None:
            continue
        for j in range(child.childCount):
            item = child[j]
            if item is not None:
                items.add(item.name)
    return items


def labelled_by(node):
    """The names of the labels related to node (a buddy label gives LABELLED_BY)."""
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and target.name.strip():
                    names.append(target.name)
    return names


def walk(node, path, problems, found, depth=0):
    if node is None or depth > 60 or not showing(node):
        return
    role = node.getRole()
    name = node.name or ""
    here = path + [role_name(node) + (":" + name if name else "")]
    if DUMP:
        print("  " * depth + describe(node, []), file=sys.stderr)
    if any(m in name for m in MARKERS):
        problems.append("marker characters in the name of " + describe(node, here))
    if role in INTERACTIVE and not name.strip():
        problems.append("no name: " + describe(node, here))
    if role == pyatspi.ROLE_COMBO_BOX:
        # Qt 6.4 on Linux always reports a combo box's current text as its name (its own
        # QAccessibleComboBox does so on Unix); what names it for Orca is the LABELLED_BY
        # relation a buddy label gives.
        if name in combo_items(node) and not labelled_by(node):
            problems.append("combo box named only by its current text (needs a buddy label): " +
                            describe(node, here))
    if role in DOCUMENT_ROLES and name.startswith("Card:"):
        found.append(node)
    if role in CONTAINERS:
        return
    for i in range(node.childCount):
        walk(node[i], here, problems, found, depth + 1)


def check_card(card, problems):
    if card.getRole() not in DOCUMENT_ROLES:
        problems.append("the card is not a document: " + role_name(card))
    roles = [card[i].getRole() for i in range(card.childCount) if card[i] is not None]
    headings = [card[i].name for i in range(card.childCount)
                if card[i] is not None and card[i].getRole() == pyatspi.ROLE_HEADING]
    links = [card[i] for i in range(card.childCount)
             if card[i] is not None and card[i].getRole() == pyatspi.ROLE_LINK]
    if len(headings) < 3:
        problems.append("the card has %d heading children (roles: %s)" % (len(headings), roles[:20]))
    if not links:
        problems.append("the card has no link children")
    for link in links:
        if not link.name.strip():
            problems.append("a link of the card has no name")
        try:
            action = link.queryAction()
            if action.nActions < 1:
                problems.append("link '%s' has no action" % link.name)
        except NotImplementedError:
            problems.append("link '%s' has no action interface" % link.name)
    text = text_of(card)
    if text is None:
        problems.append("the card has no text interface")
    elif any(m in text for m in MARKERS):
        problems.append("the card's text has U+FDD0/U+FDD1/U+FFFC marker characters")
    elif "Definition" not in text:
        problems.append("the card's text lacks its content: %r" % text[:200])
    print("card: %s, %d headings (%s), %d links" % (card.name, len(headings), ", ".join(headings[:4]),
                                                     len(links)))


def find_app(pid, deadline):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop[i]
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    frame = app[0]
                    if frame is not None and showing(frame) and frame.childCount > 0:
                        return app
            except Exception:  # noqa: BLE001 - apps come and go
                continue
        time.sleep(0.2)
    return None


def check_page(binary, page, home):
    env = dict(os.environ)
    env.update({
        "HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"), "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1", "LC_ALL": "C.UTF-8", "LANGUAGE": "en",
    })
    env.pop("QT_QPA_PLATFORM", None)
    problems = []
    # The X server may still be coming up on a busy machine: a window that could not connect
    # is started again, a few times.
    # A card given on the command line would show the Reference page.
    command = [binary, "--page", page] + (["404"] if page == "reference" else [])
    for _attempt in range(5):
        proc = subprocess.Popen(command, env=env)
        try:
            proc.wait(1.5)
        except subprocess.TimeoutExpired:
            break
    try:
        app = find_app(proc.pid, time.monotonic() + 30)
        if app is None:
            return ["%s: the window did not appear in the AT-SPI tree" % page]
        # Let the page finish building (the lab and sandbox are built when first shown).
        time.sleep(1.0)
        found = []
        walk(app, [], problems, found)
        if page == "reference":
            if not found:
                problems.append("no card document (a document or text object named 'Card: ...')")
            else:
                check_card(found[0], problems)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return ["%s: %s" % (page, p) for p in problems]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print("usage: atspi_check.py STATUSDECK_BINARY [--dump]", file=sys.stderr)
        return 2
    problems = []
    pyatspi.Registry.getDesktop(0)  # starts the registry before the first window
    with tempfile.TemporaryDirectory() as home:
        for page in PAGES:
            page_problems = check_page(args[0], page, home)
            print("%s: %s" % (page, "ok" if not page_problems else "%d problem(s)" % len(page_problems)))
            problems += page_problems
    for problem in problems:
        print("FAIL " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
