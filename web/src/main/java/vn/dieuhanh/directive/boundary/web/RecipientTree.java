package vn.dieuhanh.directive.boundary.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.CheckboxTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The organisation chart as the opinion form offers it: a tree of units to tick as recipients
 * (the usual kinds ticked), and the units and divisions the menus list by name.
 */
class RecipientTree implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The kinds of unit an urging letter of the City Office goes to by default. */
    private static final Set<String> DEFAULT_RECIPIENT_TYPES = Set.of("department", "district", "public-unit", "media");

    /** A unit as the tree and the menus show it. */
    public record UnitNode(String code, String name, String type) implements Serializable {}

    private final TreeNode<UnitNode> root;
    private TreeNode<UnitNode>[] selected;
    private final Map<String, String> unitNames;
    private final List<UnitNode> allUnits;
    private final List<UnitNode> divisions;

    @SuppressWarnings("unchecked")
    RecipientTree(Map<String, String> parents, Map<String, String> names, Map<String, String> types) {
        this.unitNames = names;
        Map<String, List<String>> children = new HashMap<>();
        parents.forEach((unit, parent) ->
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit));
        root = new CheckboxTreeNode<>(new UnitNode("", "", ""), null);
        List<TreeNode<UnitNode>> ticked = new ArrayList<>();
        addChildren(root, null, children, types, ticked, 0);
        selected = ticked.toArray(new TreeNode[0]);
        allUnits = parents.keySet().stream()
                .map(c -> new UnitNode(c, unitNames.getOrDefault(c, c), types.getOrDefault(c, "")))
                .sorted(Comparator.comparing(UnitNode::name))
                .toList();
        divisions = allUnits.stream().filter(u -> "division".equals(u.type())).toList();
    }

    private void addChildren(
            TreeNode<UnitNode> node,
            String parent,
            Map<String, List<String>> children,
            Map<String, String> types,
            List<TreeNode<UnitNode>> ticked,
            int depth) {
        List<String> codes = new ArrayList<>(children.getOrDefault(parent, List.of()));
        codes.sort(Comparator.comparing(c -> unitNames.getOrDefault(c, c)));
        for (String unit : codes) {
            String type = types.getOrDefault(unit, "");
            var child = new CheckboxTreeNode<>(new UnitNode(unit, unitNames.getOrDefault(unit, unit), type), node);
            // The city is open; the levels below open on demand (a district's communes).
            child.setExpanded(depth == 0);
            if (DEFAULT_RECIPIENT_TYPES.contains(type)) {
                child.setSelected(true);
                ticked.add(child);
            }
            addChildren(child, unit, children, types, ticked, depth + 1);
        }
    }

    /** Unticks every unit. */
    @SuppressWarnings("unchecked")
    void clear() {
        clear(root);
        selected = new TreeNode[0];
    }

    private static void clear(TreeNode<UnitNode> node) {
        node.setSelected(false);
        if (node.getChildren() != null) {
            node.getChildren().forEach(RecipientTree::clear);
        }
    }

    /** The ticked units' codes, each once, in order. */
    List<String> codes() {
        if (selected == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (TreeNode<UnitNode> node : selected) {
            if (node != null && node.getData() != null && !node.getData().code().isEmpty()) {
                codes.add(node.getData().code());
            }
        }
        return codes.stream().distinct().sorted().toList();
    }

    TreeNode<UnitNode> root() {
        return root;
    }

    TreeNode<UnitNode>[] selected() {
        return selected;
    }

    void select(TreeNode<UnitNode>[] selected) {
        this.selected = selected;
    }

    List<UnitNode> allUnits() {
        return allUnits;
    }

    List<UnitNode> divisions() {
        return divisions;
    }
}
