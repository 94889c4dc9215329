package org.joinedup.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaLink;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Hierarchy;

/** The geography as the store holds it: areas and the links between them. */
public final class AreaStore {
    private final DataSource dataSource;

    public AreaStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Adds areas and links, updating names, codes and validity of areas already held (an area row is
     * reference data, not an observation: observations keep pointing at the same code).
     */
    public void upsert(Collection<Area> areas, Collection<AreaLink> links) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement area = connection.prepareStatement("insert into area (code, ods_code, ons_code,"
                            + " name, type, valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?) on conflict (code)"
                            + " do update set ods_code = excluded.ods_code, ons_code = excluded.ons_code,"
                            + " name = excluded.name, type = excluded.type, valid_from = excluded.valid_from,"
                            + " valid_to = excluded.valid_to");
                    PreparedStatement link = connection.prepareStatement("insert into area_link (child, parent,"
                            + " hierarchy, valid_from, valid_to, weight) values (?, ?, ?, ?, ?, ?)"
                            + " on conflict (child, parent, hierarchy) do update set valid_from ="
                            + " excluded.valid_from, valid_to = excluded.valid_to, weight = excluded.weight")) {
                for (Area a : areas) {
                    area.setString(1, a.code());
                    area.setString(2, a.odsCode());
                    area.setString(3, a.onsCode());
                    area.setString(4, a.name());
                    area.setString(5, a.type().name());
                    area.setObject(6, a.validFrom());
                    area.setObject(7, a.validTo());
                    area.addBatch();
                }
                area.executeBatch();
                for (AreaLink l : links) {
                    link.setString(1, l.child());
                    link.setString(2, l.parent());
                    link.setString(3, l.hierarchy().name());
                    link.setObject(4, l.validFrom());
                    link.setObject(5, l.validTo());
                    link.setDouble(6, l.weight());
                    link.addBatch();
                }
                link.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store the geography: " + e.getMessage(), e);
        }
    }

    public List<Area> areas() {
        List<Area> areas = new ArrayList<>();
        query(
                "select code, ods_code, ons_code, name, type, valid_from, valid_to from area",
                rs -> areas.add(new Area(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        AreaType.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class))));
        return areas;
    }

    public List<AreaLink> links() {
        List<AreaLink> links = new ArrayList<>();
        query(
                "select child, parent, hierarchy, valid_from, valid_to, weight from area_link",
                rs -> links.add(new AreaLink(
                        rs.getString(1),
                        rs.getString(2),
                        Hierarchy.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getDouble(6))));
        return links;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                handler.handle(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the geography: " + e.getMessage(), e);
        }
    }
}
